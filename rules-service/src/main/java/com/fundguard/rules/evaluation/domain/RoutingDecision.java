package com.fundguard.rules.evaluation.domain;

import java.util.List;

/**
 * The rules' answer for one request: its route (template and steps), why it is blocked if it is, the risk flags and
 * required voucher types, and every rule that fired with its condition — the explanation an approver can read.
 */
public record RoutingDecision(String template, List<Step> steps, List<String> blocks, List<String> riskFlags,
                              List<String> requiredVoucherTypes, List<FiredRule> explanation) {

    public RoutingDecision {
        steps = List.copyOf(steps);
        blocks = List.copyOf(blocks);
        riskFlags = List.copyOf(riskFlags);
        requiredVoucherTypes = List.copyOf(requiredVoucherTypes);
        explanation = List.copyOf(explanation);
    }

    public boolean blocked() {
        return !blocks.isEmpty();
    }

    public record FiredRule(String rule, String condition, List<RuleOutcome> outcomes) {
    }
}
