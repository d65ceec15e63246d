package com.fundguard.bank.iso20022;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * One balance of a camt.053 statement ({@code Bal}) as the bank wrote it: its type code (OPBD, PRCD, CLBD, CLAV, ...,
 * or the bank's proprietary one), a non-negative amount and whether it is in credit, and its date.
 */
public record StatementBalance(String type, BigDecimal amount, Currency currency, boolean credit, LocalDate date) {

    public StatementBalance {
        Objects.requireNonNull(type);
        Objects.requireNonNull(amount);
        Objects.requireNonNull(currency);
        Objects.requireNonNull(date);
    }
}
