package com.fundguard.identity.agent.domain;

/** An enrolment, renewal or revocation the rules refuse, with the rule. Messages never echo a code or key. */
public class AgentEnrolmentRefused extends RuntimeException {

    public enum Reason {
        NOT_AN_ADMIN, UNKNOWN_OR_USED_CODE, EXPIRED_CODE, BAD_REQUEST, NOT_RENEWABLE, UNKNOWN_CERTIFICATE
    }

    private final Reason reason;

    public AgentEnrolmentRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
