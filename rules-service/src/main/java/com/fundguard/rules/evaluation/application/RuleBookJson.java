package com.fundguard.rules.evaluation.application;

import com.fundguard.rules.evaluation.domain.InvalidRuleBookException;
import com.fundguard.rules.evaluation.domain.Rule;
import com.fundguard.rules.evaluation.domain.RuleBook;
import com.fundguard.rules.evaluation.domain.RuleOutcome;
import com.fundguard.rules.evaluation.domain.Step;
import com.fundguard.rules.evaluation.domain.Template;
import com.fundguard.rules.ruleset.application.DefinitionValidator.InvalidDefinitionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stored form of a rule book (a rule set's definition), read strictly: every error names its place, e.g.
 * {@code definition.rules[2].then[0]}.
 * <pre>
 * {"defaultTemplate": "THREE_LEVEL",
 *  "rules": [{"name": "...", "when": "amount_minor > 5000000", "then": [{"setQuorum": {"step": "AUTHORIZATION", "quorum": 2}}]}]}
 * </pre>
 * Outcomes: chooseTemplate, requireStep {name, role, quorum}, skipStep, setQuorum {step, quorum}, block, addRiskFlag,
 * requireVoucherTypes [..].
 */
public final class RuleBookJson {

    private static final Set<String> OUTCOMES = Set.of("chooseTemplate", "useTemplate", "requireStep", "skipStep", "setQuorum", "block",
            "addRiskFlag", "requireVoucherTypes");

    private final JsonMapper json;

    public RuleBookJson(JsonMapper json) {
        this.json = json;
    }

    public RuleBook read(String definition) {
        JsonNode root;
        try {
            root = json.readTree(definition);
        } catch (RuntimeException e) {
            throw new InvalidDefinitionException("definition", "is not JSON");
        }
        return read(root);
    }

    public RuleBook read(JsonNode root) {
        String at = "definition";
        requireObject(root, at, Set.of("defaultTemplate", "templates", "rules"));
        Template template = template(root.path("defaultTemplate"), at + ".defaultTemplate");
        java.util.Map<String, List<Step>> templates = new java.util.LinkedHashMap<>();
        JsonNode templatesNode = root.path("templates");
        if (!templatesNode.isMissingNode()) {
            if (!templatesNode.isObject()) {
                throw new InvalidDefinitionException(at + ".templates", "must map template names to their steps");
            }
            for (String name : templatesNode.propertyNames()) {
                String templateAt = at + ".templates." + name;
                JsonNode stepsNode = templatesNode.get(name);
                if (!stepsNode.isArray()) {
                    throw new InvalidDefinitionException(templateAt, "must list the template's steps");
                }
                List<Step> steps = new ArrayList<>();
                for (int k = 0; k < stepsNode.size(); k++) {
                    JsonNode step = stepsNode.get(k);
                    try {
                        steps.add(new Step(text(step.path("name"), templateAt + "[" + k + "].name"),
                                text(step.path("role"), templateAt + "[" + k + "].role"), step.path("quorum").asInt(1)));
                    } catch (InvalidRuleBookException e) {
                        throw new InvalidDefinitionException(templateAt + "[" + k + "]." + e.field(), e.getMessage());
                    }
                }
                templates.put(name, steps);
            }
        }
        JsonNode rulesNode = root.path("rules");
        if (!rulesNode.isArray()) {
            throw new InvalidDefinitionException(at + ".rules", "must be a list of rules");
        }
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < rulesNode.size(); i++) {
            String ruleAt = at + ".rules[" + i + "]";
            JsonNode node = rulesNode.get(i);
            requireObject(node, ruleAt, Set.of("name", "when", "then"));
            JsonNode then = node.path("then");
            if (!then.isArray() || then.isEmpty()) {
                throw new InvalidDefinitionException(ruleAt + ".then", "must list at least one outcome");
            }
            List<RuleOutcome> outcomes = new ArrayList<>();
            for (int j = 0; j < then.size(); j++) {
                outcomes.add(outcome(then.get(j), ruleAt + ".then[" + j + "]"));
            }
            try {
                rules.add(new Rule(node.path("name").asString(null), node.path("when").asString(null), outcomes));
            } catch (InvalidRuleBookException e) {
                throw new InvalidDefinitionException(ruleAt + "." + e.field(), e.getMessage());
            }
        }
        try {
            return new RuleBook(template, templates, rules);
        } catch (InvalidRuleBookException e) {
            throw new InvalidDefinitionException(at + "." + e.field(), e.getMessage());
        }
    }

    public String write(RuleBook book) {
        ObjectNode root = json.createObjectNode().put("defaultTemplate", book.defaultTemplate().name());
        if (!book.templates().isEmpty()) {
            ObjectNode templates = root.putObject("templates");
            book.templates().forEach((name, steps) -> {
                ArrayNode list = templates.putArray(name);
                steps.forEach(step -> list.addObject().put("name", step.name()).put("role", step.role()).put("quorum", step.quorum()));
            });
        }
        ArrayNode rules = root.putArray("rules");
        for (Rule rule : book.rules()) {
            ObjectNode node = rules.addObject().put("name", rule.name()).put("when", rule.when());
            ArrayNode then = node.putArray("then");
            rule.then().forEach(outcome -> then.add(outcomeNode(outcome)));
        }
        return json.writeValueAsString(root);
    }

    public JsonNode outcomeNode(RuleOutcome outcome) {
        ObjectNode node = json.createObjectNode();
        switch (outcome) {
            case RuleOutcome.ChooseTemplate t -> node.put("chooseTemplate", t.template().name());
            case RuleOutcome.UseTemplate u -> node.put("useTemplate", u.name());
            case RuleOutcome.RequireStep r -> node.putObject("requireStep").put("name", r.step().name())
                    .put("role", r.step().role()).put("quorum", r.step().quorum());
            case RuleOutcome.SkipStep s -> node.put("skipStep", s.stepName());
            case RuleOutcome.SetQuorum q -> node.putObject("setQuorum").put("step", q.stepName()).put("quorum", q.quorum());
            case RuleOutcome.Block b -> node.put("block", b.message());
            case RuleOutcome.AddRiskFlag f -> node.put("addRiskFlag", f.flag());
            case RuleOutcome.RequireVoucherTypes v -> v.types().forEach(node.putArray("requireVoucherTypes")::add);
        }
        return node;
    }

    private RuleOutcome outcome(JsonNode node, String at) {
        if (!node.isObject() || node.size() != 1 || !OUTCOMES.contains(node.propertyNames().iterator().next())) {
            throw new InvalidDefinitionException(at, "must be exactly one of " + OUTCOMES);
        }
        String kind = node.propertyNames().iterator().next();
        JsonNode value = node.get(kind);
        try {
            return switch (kind) {
                case "chooseTemplate" -> new RuleOutcome.ChooseTemplate(template(value, at + ".chooseTemplate"));
                case "useTemplate" -> new RuleOutcome.UseTemplate(text(value, at + ".useTemplate"));
                case "requireStep" -> new RuleOutcome.RequireStep(new Step(text(value.path("name"), at + ".requireStep.name"),
                        text(value.path("role"), at + ".requireStep.role"), value.path("quorum").asInt(1)));
                case "skipStep" -> new RuleOutcome.SkipStep(text(value, at + ".skipStep"));
                case "setQuorum" -> new RuleOutcome.SetQuorum(text(value.path("step"), at + ".setQuorum.step"),
                        positive(value.path("quorum"), at + ".setQuorum.quorum"));
                case "block" -> new RuleOutcome.Block(text(value, at + ".block"));
                case "addRiskFlag" -> new RuleOutcome.AddRiskFlag(text(value, at + ".addRiskFlag"));
                default -> new RuleOutcome.RequireVoucherTypes(value.valueStream().map(v -> text(v, at + ".requireVoucherTypes")).toList());
            };
        } catch (InvalidRuleBookException e) {
            throw new InvalidDefinitionException(at + "." + kind + "." + e.field(), e.getMessage());
        }
    }

    private static void requireObject(JsonNode node, String at, Set<String> allowed) {
        if (!node.isObject()) {
            throw new InvalidDefinitionException(at, "must be a JSON object");
        }
        for (String name : node.propertyNames()) {
            if (!allowed.contains(name)) {
                throw new InvalidDefinitionException(at + "." + name, "is not part of a rule book");
            }
        }
    }

    private static Template template(JsonNode node, String at) {
        try {
            return Template.valueOf(text(node, at));
        } catch (IllegalArgumentException e) {
            throw new InvalidDefinitionException(at, "must be TWO_LEVEL or THREE_LEVEL");
        }
    }

    private static String text(JsonNode node, String at) {
        if (!node.isString() || node.asString().isBlank()) {
            throw new InvalidDefinitionException(at, "must be a non-empty string");
        }
        return node.asString();
    }

    private static int positive(JsonNode node, String at) {
        if (!node.isInt() || node.asInt() < 1) {
            throw new InvalidDefinitionException(at, "must be a whole number of at least 1");
        }
        return node.asInt();
    }
}
