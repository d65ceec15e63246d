package com.fundguard.reconciliation.recall.adapter.out.events;

import java.time.Instant;
import java.util.UUID;

/** Published contract {@code com.fundguard.reconciliation.recall-requested.v1} on the {@code reconciliation} topic. */
public record RecallRequestedV1(UUID recallId, UUID transferId, String endToEndId, String payerAccount, String amount, String currency,
                                String reason, UUID requestedBy, Instant requestedAt) {

    public static final String TYPE = "com.fundguard.reconciliation.recall-requested.v1";
}
