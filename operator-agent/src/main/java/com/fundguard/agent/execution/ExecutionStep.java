package com.fundguard.agent.execution;

/**
 * The steps of one attempt, in order. The journal records those a restart must know about (claimed, sending
 * recorded, result known, reported, and the attempt's end when the lease was lost or the claim handed back).
 */
public enum ExecutionStep {
    CLAIMED,
    CREDENTIALS_OPENED,
    SIGNED,
    SENDING_RECORDED,
    SUBMITTED,
    RESULT_KNOWN,
    REPORTED,
    /** The lease was lost before the order left: nothing sent, nothing to report (the platform took the transfer back). */
    DROPPED,
    /** A restart handed the claim back; the platform resolves it by inquiry at the bank. */
    ABANDONED;

    /** Whether a journal entry at this step still needs the platform told something. */
    public boolean unresolved() {
        return this != REPORTED && this != DROPPED && this != ABANDONED;
    }
}
