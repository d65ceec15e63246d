package com.fundguard.reconciliation.matching.domain;

/** What bank-connector last said about a transfer's execution. */
public enum ExpectationStatus {
    /** The bank accepted it: a debit is expected. */
    EXECUTED,
    /** Nobody knows whether the bank took it: a debit settles the question (UNKNOWN_OUTCOME_RESOLVED). */
    OUTCOME_UNKNOWN,
    /** The bank refused it: no debit is expected, and a debit carrying its reference is a finding. */
    FAILED;

    /** Whether a bank debit is (or may be) the booking of this transfer. */
    public boolean expectsDebit() {
        return this != FAILED;
    }
}
