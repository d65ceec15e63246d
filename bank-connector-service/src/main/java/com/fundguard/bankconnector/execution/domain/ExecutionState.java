package com.fundguard.bankconnector.execution.domain;

/** Where a transfer's execution stands. */
public enum ExecutionState {
    /** Waiting for an agent. */
    QUEUED,
    /** An agent holds it under a lease; nothing has left. */
    CLAIMED,
    /** The agent said the order leaves now: from here only the bank's answer or an inquiry decides. */
    SENDING,
    EXECUTED,
    FAILED,
    /** The order may or may not be at the bank: an inquiry is due; never sent again before the bank says it has none. */
    OUTCOME_UNKNOWN;

    public boolean isFinal() {
        return this == EXECUTED || this == FAILED;
    }
}
