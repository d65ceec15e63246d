package com.fundguard.reconciliation.statement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/** A booked balance the bank states on a date (opening or closing): a non-negative amount and whether it is in credit. */
public record Balance(CreditDebit mark, BigDecimal amount, Currency currency, LocalDate date) {

    public Balance {
        Objects.requireNonNull(mark, "mark");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(date, "date");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("a balance amount is never negative (the mark says debit): " + amount);
        }
    }

    /** Positive in credit, negative when the account is overdrawn (debit balance). */
    public BigDecimal signedAmount() {
        return mark.signed(amount);
    }
}
