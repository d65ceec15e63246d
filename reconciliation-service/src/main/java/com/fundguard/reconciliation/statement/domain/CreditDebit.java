package com.fundguard.reconciliation.statement.domain;

import java.math.BigDecimal;

/** Which way money moved on the account, as the bank marks it: amounts stay non-negative beside this mark. */
public enum CreditDebit {
    CREDIT,
    DEBIT;

    /** The amount with the sign this mark gives it on the account (credits add, debits subtract). */
    public BigDecimal signed(BigDecimal amount) {
        return this == CREDIT ? amount : amount.negate();
    }
}
