package com.fundguard.rules.evaluation.application;

import com.fundguard.rules.evaluation.domain.RoutingDecision;
import com.fundguard.rules.evaluation.domain.RuleBook;
import java.util.List;
import java.util.Map;

/** Compiles rule books once and evaluates them per request (the expression language lives behind this port). */
public interface RuleEngine {

    /** Type-checks every condition against the data dictionary; throws {@link RuleCompilationException} naming each error. */
    CompiledRuleBook compile(RuleBook book);

    /** The decision for one request's facts, already checked against the dictionary. */
    RoutingDecision evaluate(CompiledRuleBook compiled, Map<String, Object> facts);

    /** A rule book whose conditions compiled; holds whatever the engine needs to evaluate quickly. */
    interface CompiledRuleBook {
        RuleBook book();
    }

    /** Where a condition is wrong: the rule's index, the position in its condition, and what is wrong. */
    record RuleError(int ruleIndex, String rule, int line, int column, String message) {
    }

    class RuleCompilationException extends RuntimeException {
        private final List<RuleError> errors;

        public RuleCompilationException(List<RuleError> errors) {
            super(errors.size() + " rule condition(s) do not compile");
            this.errors = List.copyOf(errors);
        }

        public List<RuleError> errors() {
            return errors;
        }
    }
}
