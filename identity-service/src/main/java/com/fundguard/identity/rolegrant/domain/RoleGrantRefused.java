package com.fundguard.identity.rolegrant.domain;

/** A grant act that the rules refuse, with the rule that refused it. */
public class RoleGrantRefused extends RuntimeException {

    public enum Reason {
        NOT_AN_ADMIN, SELF_GRANT, ALREADY_HELD, NOT_GRANTABLE, NOT_PENDING, NOT_A_SECOND_PERSON
    }

    private final Reason reason;

    public RoleGrantRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
