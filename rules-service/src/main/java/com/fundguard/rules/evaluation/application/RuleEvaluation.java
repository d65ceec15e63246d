package com.fundguard.rules.evaluation.application;

import com.fundguard.rules.evaluation.domain.DataDictionary;
import com.fundguard.rules.evaluation.domain.RoutingDecision;
import com.fundguard.rules.evaluation.domain.RuleBook;
import com.fundguard.rules.ruleset.application.DefinitionValidator;
import com.fundguard.rules.ruleset.application.RuleSetLifecycle;
import com.fundguard.rules.ruleset.domain.RuleSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Evaluates an enterprise's rules for one request's facts. Rule sets never change once stored, so each is compiled
 * once and kept (a bounded cache by rule-set id). Also the validator that refuses a draft whose conditions do not
 * type-check, naming the rule and the position.
 */
public class RuleEvaluation implements DefinitionValidator {

    private static final int CACHED_RULE_SETS = 1_000;

    private final RuleSetLifecycle ruleSets;
    private final RuleEngine engine;
    private final RuleBookJson json;
    private final DataDictionary dictionary;
    private final EvaluationLog log;
    private final java.time.Clock clock;
    private final Map<UUID, RuleEngine.CompiledRuleBook> compiled = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, RuleEngine.CompiledRuleBook> eldest) {
            return size() > CACHED_RULE_SETS;
        }
    };

    public RuleEvaluation(RuleSetLifecycle ruleSets, RuleEngine engine, RuleBookJson json, DataDictionary dictionary,
                          EvaluationLog log, java.time.Clock clock) {
        this.ruleSets = ruleSets;
        this.engine = engine;
        this.json = json;
        this.dictionary = dictionary;
        this.log = log;
        this.clock = clock;
    }

    /** The evaluated decision and the rule set (id and version) that made it, for the request's frozen route. */
    public record Evaluation(UUID ruleSetId, int version, RoutingDecision decision) {
    }

    /** Evaluates the published rules and records the evaluation (version and facts) as evidence. */
    public Optional<Evaluation> evaluatePublished(UUID enterpriseId, Map<String, Object> facts) {
        return ruleSets.published(enterpriseId).map(ruleSet -> {
            Evaluation evaluation = evaluate(ruleSet, facts);
            log.record(enterpriseId, ruleSet.id(), ruleSet.version(), Facts.checked(dictionary, facts), evaluation.decision().steps(),
                    evaluation.decision().blocked(), clock.instant());
            return evaluation;
        });
    }

    /** One request of the past, as decided then and as the simulated rule set would decide it. */
    public record SimulatedCase(java.time.Instant evaluatedAt, int decidedByVersion, List<com.fundguard.rules.evaluation.domain.Step> before,
                                boolean blockedBefore, List<com.fundguard.rules.evaluation.domain.Step> after, boolean blockedAfter) {
        public boolean changed() {
            return !before.equals(after) || blockedBefore != blockedAfter;
        }
    }

    /** What-if: the rule set (typically a draft) run against the enterprise's last evaluated requests, before publishing. */
    public Optional<List<SimulatedCase>> simulate(UUID enterpriseId, UUID ruleSetId, int lastRequests) {
        return ruleSets.find(enterpriseId, ruleSetId).map(ruleSet -> log.latest(enterpriseId, lastRequests).stream()
                .map(past -> {
                    RoutingDecision now = engine.evaluate(compiledFor(ruleSet), Facts.checked(dictionary, past.facts()));
                    return new SimulatedCase(past.at(), past.version(), past.steps(), past.blocked(), now.steps(), now.blocked());
                })
                .toList());
    }

    public Optional<Evaluation> evaluate(UUID enterpriseId, UUID ruleSetId, Map<String, Object> facts) {
        return ruleSets.find(enterpriseId, ruleSetId).map(ruleSet -> evaluate(ruleSet, facts));
    }

    private Evaluation evaluate(RuleSet ruleSet, Map<String, Object> facts) {
        Map<String, Object> checked = Facts.checked(dictionary, facts);
        return new Evaluation(ruleSet.id(), ruleSet.version(), engine.evaluate(compiledFor(ruleSet), checked));
    }

    private RuleEngine.CompiledRuleBook compiledFor(RuleSet ruleSet) {
        synchronized (compiled) {
            RuleEngine.CompiledRuleBook known = compiled.get(ruleSet.id());
            if (known != null) {
                return known;
            }
        }
        RuleEngine.CompiledRuleBook fresh = engine.compile(json.read(ruleSet.definition()));
        synchronized (compiled) {
            compiled.put(ruleSet.id(), fresh);
        }
        return fresh;
    }

    @Override
    public void validate(String definitionJson) {
        RuleBook book = json.read(definitionJson);
        try {
            engine.compile(book);
        } catch (RuleEngine.RuleCompilationException e) {
            RuleEngine.RuleError first = e.errors().getFirst();
            throw new InvalidDefinitionException("definition.rules[" + first.ruleIndex() + "].when",
                    "line " + first.line() + ", column " + first.column() + ": " + first.message());
        }
    }
}
