package com.fundguard.reconciliation.close.application;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** What matching decided about the lines of an account and day (reconciliation's line_match). */
public interface LineReconciliation {

    /** The matched lines among those booked on the account that day, by line id. */
    Map<UUID, LineMatch> matchesOn(UUID enterpriseId, String account, LocalDate bookingDate);

    /** @param pass the pass that made the match, {@code rule} the rule within it */
    record LineMatch(String pass, String rule) {
    }
}
