package com.fundguard.reconciliation.recall.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;
import java.util.UUID;

/**
 * The transfer a recall is about, as reconciliation expects it from bank-connector's execution reports: its order's
 * end-to-end id on the payer account, the amount, and whether (and when) it was executed.
 *
 * @param executed whether bank-connector reported it EXECUTED (not failed, not still unknown)
 * @param at       when it was executed (or last reported on)
 */
public record RecalledTransfer(UUID enterpriseId, UUID transferId, String endToEndId, String payerAccount, BigDecimal amount,
                               Currency currency, boolean executed, String status, Instant at) {

    public RecalledTransfer {
        Objects.requireNonNull(enterpriseId);
        Objects.requireNonNull(transferId);
        Objects.requireNonNull(endToEndId);
        Objects.requireNonNull(payerAccount);
        Objects.requireNonNull(amount);
        Objects.requireNonNull(currency);
        Objects.requireNonNull(status);
        Objects.requireNonNull(at);
    }
}
