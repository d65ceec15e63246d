package com.fundguard.reconciliation.recall.domain;

/** Why the enterprise asks its bank to take a transfer back, as ISO 20022's cancellation reason codes name it. */
public enum RecallReason {
    /** CUST: the enterprise no longer wants the transfer. */
    REQUESTED_BY_CUSTOMER("CUST"),
    /** DUPL: the transfer pays what another transfer already paid. */
    DUPLICATE_PAYMENT("DUPL"),
    /** AM09: the amount is not the one that was due. */
    WRONG_AMOUNT("AM09"),
    /** FRAD: the transfer was ordered by fraud. */
    FRAUDULENT_ORIGIN("FRAD"),
    /** TECH: a technical problem produced the transfer. */
    TECHNICAL_PROBLEM("TECH");

    private final String isoCode;

    RecallReason(String isoCode) {
        this.isoCode = isoCode;
    }

    public String isoCode() {
        return isoCode;
    }
}
