package com.fundguard.reconciliation.statement.adapter.out.events;

import java.time.Instant;
import java.util.UUID;

/** Published contract {@code com.fundguard.reconciliation.statement-received.v1} on the {@code reconciliation} topic. */
public record StatementReceivedV1(UUID importId, String format, String sha256, long sizeBytes, Instant importedAt) {

    public static final String TYPE = "com.fundguard.reconciliation.statement-received.v1";
}
