package com.fundguard.reconciliation.close.domain;

import java.math.BigDecimal;

/**
 * Which way a booked line moved the money, as the bank marks it. The daily close keeps its own mark rather than the
 * statement model's, so the statement import can ask the close about closed days without a cycle between the two.
 */
public enum Direction {
    CREDIT,
    DEBIT;

    /** The amount with the sign it has on the balance: credits add, debits subtract. */
    public BigDecimal signed(BigDecimal amount) {
        return this == CREDIT ? amount : amount.negate();
    }
}
