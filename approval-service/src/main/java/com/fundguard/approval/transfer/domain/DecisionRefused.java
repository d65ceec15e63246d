package com.fundguard.approval.transfer.domain;

/** An act on a transfer request that is not allowed, and why. Nothing changed. */
public class DecisionRefused extends RuntimeException {

    public enum Reason {
        /** The request is not waiting for this act in its current state. */
        NOT_ALLOWED_IN_STATE,
        /** The applicant of a request can never audit or authorize it. */
        APPLICANT_CANNOT_DECIDE,
        /** One person takes one step of a request and counts once: never two decisions. */
        ALREADY_DECIDED,
        /** The decider does not hold the role the current step needs (now, not when they logged in). */
        LACKS_ROLE,
        /** The transfer is not what the decider saw: its content hash differs. */
        CONTENT_CHANGED,
        /** Only the applicant can cancel, and only before anyone decided. */
        NOT_THE_APPLICANT,
        /** A rejection needs a reason. */
        REASON_REQUIRED,
        /** The request has not passed its deadline. */
        NOT_YET_DUE,
        /** Above the enterprise's threshold a decision needs a second factor over the transfer's content. */
        CONFIRMATION_REQUIRED,
        /** The proof is not a valid, unexpired proof signed by identity-service. */
        CONFIRMATION_INVALID,
        /** The proof is valid but for another person, enterprise, step or content than this request as it is now. */
        CONFIRMATION_MISMATCH
    }

    private final Reason reason;

    public DecisionRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
