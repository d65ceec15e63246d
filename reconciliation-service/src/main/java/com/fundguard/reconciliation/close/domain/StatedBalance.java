package com.fundguard.reconciliation.close.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * A balance a bank statement states for the account (its opening or its closing balance).
 *
 * @param signedAmount positive in credit, negative when the account is overdrawn
 */
public record StatedBalance(String statementReference, BigDecimal signedAmount, Currency currency, LocalDate date) {

    public StatedBalance {
        Objects.requireNonNull(statementReference, "statementReference");
        Objects.requireNonNull(signedAmount, "signedAmount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(date, "date");
    }
}
