package com.fundguard.reconciliation.recall.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;

/** What a recall's acts cause. */
public sealed interface RecallEvent {

    UUID recallId();

    record RecallRequested(UUID recallId, UUID enterpriseId, UUID transferId, String endToEndId, String payerAccount, BigDecimal amount,
                           Currency currency, RecallReason reason, UUID requestedBy, Instant at) implements RecallEvent {
    }

    /** The bank's final answer: ACCEPTED with the reversal's reference, or REJECTED with the bank's reason code. */
    record RecallAnswered(UUID recallId, UUID enterpriseId, UUID transferId, RecallState state, Optional<String> reasonCode,
                          Optional<String> reversalReference, Instant at) implements RecallEvent {
    }
}
