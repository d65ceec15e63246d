package com.fundguard.reconciliation.matching.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Lines the matcher holds to be the booking of transfers: one and one, or one line and several transfers (batch),
 * or one transfer and several lines (split). No line and no transfer is in two matches.
 *
 * @param difference the lines' total minus the transfers' total: zero except for a tolerance match
 */
public record Match(MatchRule rule, List<UUID> lineIds, List<UUID> transferIds, BigDecimal difference) {

    public Match {
        Objects.requireNonNull(rule, "rule");
        lineIds = List.copyOf(lineIds);
        transferIds = List.copyOf(transferIds);
        Objects.requireNonNull(difference, "difference");
        if (lineIds.isEmpty() || transferIds.isEmpty()) {
            throw new IllegalArgumentException("a match pairs at least one line with at least one transfer");
        }
    }

    public MatchPass pass() {
        return rule.pass();
    }
}
