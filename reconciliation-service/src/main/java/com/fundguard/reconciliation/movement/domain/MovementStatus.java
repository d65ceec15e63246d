package com.fundguard.reconciliation.movement.domain;

/** What bank-connector last reported about a transfer's execution. */
public enum MovementStatus {
    /** The bank took the order: its debit is expected on the payer account's statement. */
    EXECUTED,
    /** The bank refused it: no money should move (a debit after all is a discrepancy). */
    FAILED,
    /** Nobody knows yet whether the order reached the bank: the statement may be the first to say. */
    OUTCOME_UNKNOWN;

    public boolean isFinal() {
        return this == EXECUTED || this == FAILED;
    }
}
