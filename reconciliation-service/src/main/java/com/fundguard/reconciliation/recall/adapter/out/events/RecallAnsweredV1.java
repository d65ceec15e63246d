package com.fundguard.reconciliation.recall.adapter.out.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Published contract {@code com.fundguard.reconciliation.recall-answered.v1} on the {@code reconciliation} topic: the
 * bank's final answer. {@code state} ACCEPTED (with {@code reversalReference}, the reversal booking the statement will
 * show) or REJECTED (with the bank's {@code reasonCode}: AGNT past its cut-off, NOOR no such booked order, AM04...).
 */
public record RecallAnsweredV1(UUID recallId, UUID transferId, String state, String reasonCode, String reversalReference, Instant answeredAt) {

    public static final String TYPE = "com.fundguard.reconciliation.recall-answered.v1";
}
