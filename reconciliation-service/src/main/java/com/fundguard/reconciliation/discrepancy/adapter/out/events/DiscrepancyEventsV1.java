package com.fundguard.reconciliation.discrepancy.adapter.out.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Published contracts on the {@code reconciliation} topic (subject and key: the case id). Amounts are decimal strings
 * with their ISO 4217 currency, as bank-connector writes them. Nothing secret: accounts are the enterprise's own and
 * are masked by whoever shows them to people.
 */
public final class DiscrepancyEventsV1 {

    private DiscrepancyEventsV1() {
    }

    public record DiscrepancyOpenedV1(UUID caseId, String type, String account, String amount, String currency, LocalDate transactionDate,
                                      Instant deadline, List<UUID> statementLineIds, List<UUID> transferIds, Instant openedAt) {
        public static final String TYPE = "com.fundguard.reconciliation.discrepancy-opened.v1";
    }

    /** {@code automatic}: recorded by the platform (UNKNOWN_OUTCOME_RESOLVED), nobody proposed or approved it. */
    public record DiscrepancyResolvedV1(UUID caseId, String type, String account, String amount, String currency, String resolution,
                                        UUID proposedBy, UUID approvedBy, boolean automatic, List<UUID> statementLineIds,
                                        List<UUID> transferIds, Instant resolvedAt) {
        public static final String TYPE = "com.fundguard.reconciliation.discrepancy-resolved.v1";
    }

    /** {@code owner} is null when nobody has taken the case; {@code state} OPEN or RESOLUTION_PROPOSED. */
    public record DiscrepancyEscalatedV1(UUID caseId, String type, String account, String amount, String currency, Instant deadline,
                                         UUID owner, String state, Instant escalatedAt) {
        public static final String TYPE = "com.fundguard.reconciliation.discrepancy-escalated.v1";
    }
}
