package com.fundguard.reconciliation.discrepancy.domain;

/** The kinds of difference between what the bank did and what the platform executed (差错). */
public enum DiscrepancyType {
    /** A debit on the statement with no executed transfer: possibly a payment made around the platform. */
    BANK_DEBIT_WITHOUT_TRANSFER,
    /** An executed transfer whose debit is not on the statement by the cut-off. */
    TRANSFER_WITHOUT_BANK_DEBIT,
    AMOUNT_MISMATCH,
    DUPLICATE_DEBIT,
    /** The money came back. */
    RETURNED_PAYMENT,
    FEE,
    /** A statement line settled a transfer whose outcome was unknown: recorded resolved at once, the line its evidence. */
    UNKNOWN_OUTCOME_RESOLVED,
    /**
     * Lines and transfers that could be paired more than one way (two equal candidates): matching does not guess, a
     * person decides which line belongs to which transfer.
     */
    AMBIGUOUS_MATCH
}
