package com.fundguard.reconciliation.movement.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One report of bank-connector about a transfer's execution: what it says happened, on which attempt, when, and the
 * movement the bank will show for it.
 */
public record ExecutionReport(UUID enterpriseId, UUID transferId, String reference, String endToEndId, int attempt,
                              MovementStatus status, Optional<String> bankReference, String payerAccount, String payeeAccount,
                              BigDecimal amount, Currency currency, Instant occurredAt) {

    public ExecutionReport {
        Objects.requireNonNull(enterpriseId, "enterpriseId");
        Objects.requireNonNull(transferId, "transferId");
        requireText(reference, "reference");
        requireText(endToEndId, "endToEndId");
        requireText(payerAccount, "payerAccount");
        requireText(payeeAccount, "payeeAccount");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(bankReference, "bankReference");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt counts from 1, not " + attempt);
        }
        if (amount == null || amount.signum() <= 0) {
            throw new IllegalArgumentException("amount must be positive, not " + amount);
        }
        if (currency.getDefaultFractionDigits() >= 0 && amount.stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
            throw new IllegalArgumentException("amount " + amount.toPlainString() + " has more decimals than " + currency + " allows");
        }
    }

    /** Whether this report comes after the other in the execution's life: a later attempt, or later within the same one. */
    boolean isLaterThan(int otherAttempt, Instant otherOccurredAt) {
        return attempt > otherAttempt || attempt == otherAttempt && occurredAt.isAfter(otherOccurredAt);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
