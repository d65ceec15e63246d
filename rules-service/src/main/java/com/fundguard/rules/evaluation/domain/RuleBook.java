package com.fundguard.rules.evaluation.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An enterprise's rules as one document: a default template and rules applied in order. Deciding is pure: given
 * which rules hold for a request's facts, it composes the route, the blocks, the risk flags and an explanation.
 */
public record RuleBook(Template defaultTemplate, java.util.Map<String, List<Step>> templates, List<Rule> rules) {

    public RuleBook(Template defaultTemplate, List<Rule> rules) {
        this(defaultTemplate, java.util.Map.of(), rules);
    }

    public RuleBook {
        Objects.requireNonNull(defaultTemplate, "defaultTemplate");
        templates = java.util.Map.copyOf(templates);
        rules = List.copyOf(rules);
        for (var template : templates.entrySet()) {
            if (template.getValue().isEmpty()) {
                throw new InvalidRuleBookException("templates." + template.getKey(), "a template has at least one step");
            }
            boolean builtIn = java.util.Arrays.stream(Template.values()).anyMatch(t -> t.name().equals(template.getKey()));
            if (builtIn) {
                throw new InvalidRuleBookException("templates." + template.getKey(), "is the name of a built-in template");
            }
        }
        for (Rule rule : rules) {
            for (RuleOutcome outcome : rule.then()) {
                if (outcome instanceof RuleOutcome.UseTemplate use && !templates.containsKey(use.name())) {
                    throw new InvalidRuleBookException("rules", "rule '" + rule.name() + "' uses template '" + use.name()
                            + "', which this rule book does not define");
                }
            }
        }
        Set<String> names = new LinkedHashSet<>();
        for (Rule rule : rules) {
            if (!names.add(rule.name())) {
                throw new InvalidRuleBookException("rules", "two rules are named '" + rule.name() + "'");
            }
        }
    }

    /** The outcome for one request; {@code holds} says whether a rule's condition is true for its facts. */
    public RoutingDecision decide(Predicate<Rule> holds) {
        String template = defaultTemplate.name();
        List<Step> templateSteps = defaultTemplate.steps;
        List<Rule> fired = rules.stream().filter(holds).toList();
        for (Rule rule : fired) {
            for (RuleOutcome outcome : rule.then()) {
                if (outcome instanceof RuleOutcome.ChooseTemplate choose) {
                    template = choose.template().name();
                    templateSteps = choose.template().steps;
                } else if (outcome instanceof RuleOutcome.UseTemplate use) {
                    template = use.name();
                    templateSteps = templates.get(use.name());
                }
            }
        }
        List<Step> steps = new ArrayList<>(templateSteps);
        List<String> blocks = new ArrayList<>();
        Set<String> flags = new LinkedHashSet<>();
        Set<String> voucherTypes = new LinkedHashSet<>();
        List<RoutingDecision.FiredRule> explanation = new ArrayList<>();
        for (Rule rule : fired) {
            for (RuleOutcome outcome : rule.then()) {
                switch (outcome) {
                    case RuleOutcome.ChooseTemplate choose -> { }
                    case RuleOutcome.UseTemplate use -> { }
                    case RuleOutcome.RequireStep require -> {
                        if (steps.stream().noneMatch(s -> s.name().equals(require.step().name()))) {
                            steps.add(require.step());
                        }
                    }
                    case RuleOutcome.SkipStep skip -> steps.removeIf(s -> s.name().equals(skip.stepName()));
                    case RuleOutcome.SetQuorum quorum -> steps.replaceAll(s -> s.name().equals(quorum.stepName()) ? s.withQuorum(quorum.quorum()) : s);
                    case RuleOutcome.Block block -> blocks.add(block.message());
                    case RuleOutcome.AddRiskFlag flag -> flags.add(flag.flag());
                    case RuleOutcome.RequireVoucherTypes required -> voucherTypes.addAll(required.types());
                }
            }
            explanation.add(new RoutingDecision.FiredRule(rule.name(), rule.when(), rule.then()));
        }
        return new RoutingDecision(template, steps, blocks, List.copyOf(flags), List.copyOf(voucherTypes), explanation);
    }
}
