package com.fundguard.bankconnector.execution.adapter.out.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Published contracts on the {@code execution} topic. Each names the transfer, its end-to-end id and what the bank
 * will show for it (payer account, amount, currency), so reconciliation can expect the movement without asking.
 * Nothing secret is in any of them.
 */
final class ExecutionEventsV1 {

    private ExecutionEventsV1() {
    }

    record Movement(String payerAccount, String payeeAccount, String amount, String currency) {
    }

    record ExecutionClaimedV1(UUID transferId, String reference, String endToEndId, int attempt, String agentId, Instant leaseExpiresAt,
                              Instant claimedAt) {
        static final String TYPE = "com.fundguard.execution.claimed.v1";
    }

    record TransferExecutedV1(UUID transferId, String reference, String endToEndId, int attempt, String bankReference, boolean byInquiry,
                              Movement movement, Instant executedAt) {
        static final String TYPE = "com.fundguard.execution.executed.v1";
    }

    /** {@code reasonCode}: the bank's ISO 20022 reason (AC01, AM04...) or ours (CONTENT_MISMATCH, NOT_SENT:..., PAYER_ACCOUNT_NOT_REGISTERED). */
    record TransferFailedV1(UUID transferId, String reference, String endToEndId, int attempt, String reasonCode, boolean byInquiry,
                            Movement movement, Instant failedAt) {
        static final String TYPE = "com.fundguard.execution.failed.v1";
    }

    record ExecutionOutcomeUnknownV1(UUID transferId, String reference, String endToEndId, int attempt, String why, Instant inquiryDueAt,
                                     Movement movement, Instant at) {
        static final String TYPE = "com.fundguard.execution.outcome-unknown.v1";
    }
}
