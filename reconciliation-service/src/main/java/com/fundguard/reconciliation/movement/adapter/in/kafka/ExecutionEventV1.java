package com.fundguard.reconciliation.movement.adapter.in.kafka;

import java.time.Instant;
import java.util.UUID;

/**
 * What this service reads of bank-connector-service's execution contracts (its {@code ExecutionEventsV1}):
 * executed.v1, failed.v1 and outcome-unknown.v1 share these fields; each names its time differently
 * ({@code executedAt}, {@code failedAt}, {@code at}). Fields it does not need (byInquiry, reasonCode, why,
 * inquiryDueAt) are left unread.
 */
record ExecutionEventV1(UUID transferId, String reference, String endToEndId, Integer attempt, String bankReference,
                        Movement movement, Instant executedAt, Instant failedAt, Instant at) {

    record Movement(String payerAccount, String payeeAccount, String amount, String currency) {
    }
}
