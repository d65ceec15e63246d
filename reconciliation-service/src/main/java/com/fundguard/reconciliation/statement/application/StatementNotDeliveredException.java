package com.fundguard.reconciliation.statement.application;

/** The bank did not deliver a statement asked of it; the message says why (never anything secret: no login is involved). */
public class StatementNotDeliveredException extends RuntimeException {

    public StatementNotDeliveredException(String message, Throwable cause) {
        super(message, cause);
    }
}
