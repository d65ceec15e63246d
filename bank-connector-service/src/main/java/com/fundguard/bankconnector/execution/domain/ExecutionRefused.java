package com.fundguard.bankconnector.execution.domain;

/** An act the execution's state or the actor does not allow; nothing changed. */
public class ExecutionRefused extends RuntimeException {

    public enum Reason {
        /** Claimed only from the queue, and only when due. */
        NOT_QUEUED,
        /** The claim named is not the one this execution is held under, or another agent holds it. */
        NOT_YOUR_CLAIM,
        /** The lease ended (or the claim was handed back): stop; do not send. */
        LEASE_LOST,
        /** A result was already recorded for this attempt, and it was another one. */
        ALREADY_REPORTED,
        /** The act needs the order to have been declared sending first (or not yet). */
        NOT_ALLOWED_IN_STATE
    }

    private final Reason reason;

    public ExecutionRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
