package com.fundguard.sandbox.fault.domain;

import java.util.List;
import java.util.Optional;

/**
 * The faults in force. Every rule is asked about every order, in the order the rules were set, so each random rule
 * draws once per order: latencies add up, and the first other fault that fires decides what goes wrong.
 */
public final class FaultRules {

    private List<FaultRule> rules = List.of();

    public synchronized void replaceWith(List<FaultRule> newRules) {
        rules = List.copyOf(newRules);
    }

    public synchronized void clear() {
        rules = List.of();
    }

    public synchronized List<FaultRule> rules() {
        return rules;
    }

    public Faults forOrder(String endToEndId) {
        long latency = 0;
        FaultKind outcome = null;
        for (FaultRule rule : rules()) {
            if (!rule.firesFor(endToEndId)) {
                continue;
            }
            if (rule.kind() == FaultKind.LATENCY) {
                latency += rule.millis();
            } else if (outcome == null) {
                outcome = rule.kind();
            }
        }
        return new Faults(latency, Optional.ofNullable(outcome));
    }

    /** What strikes one order: a delay before it is handled, and at most one fault in how it is handled. */
    public record Faults(long latencyMillis, Optional<FaultKind> outcome) {

        public static final Faults NONE = new Faults(0, Optional.empty());

        public boolean is(FaultKind kind) {
            return outcome.filter(kind::equals).isPresent();
        }
    }
}
