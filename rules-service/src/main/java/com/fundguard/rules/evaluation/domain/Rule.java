package com.fundguard.rules.evaluation.domain;

import java.util.List;

/**
 * One rule: a condition in CEL over the data dictionary's facts, and what happens when it holds.
 *
 * @param when a CEL expression of type bool, e.g. {@code payee_type == 'PERSONAL' && amount_minor > 5000000}
 */
public record Rule(String name, String when, List<RuleOutcome> then) {

    public Rule {
        if (name == null || name.isBlank()) {
            throw new InvalidRuleBookException("name", "a rule has a name");
        }
        if (when == null || when.isBlank()) {
            throw new InvalidRuleBookException("when", "a rule has a condition");
        }
        if (then == null || then.isEmpty()) {
            throw new InvalidRuleBookException("then", "a rule does something when it holds");
        }
        then = List.copyOf(then);
    }
}
