package com.fundguard.identity.secondfactor.domain;

/** A second factor that does not prove what it should, with the rule that refused it. */
public class SecondFactorRefused extends RuntimeException {

    public enum Reason {
        NOT_ENROLLED, ALREADY_ENROLLED, WRONG_CODE, REPLAYED, EXPIRED, USED, TOO_MANY_ATTEMPTS, OTHER_CHALLENGE, RATE_LIMITED, NO_PHONE_NUMBER
    }

    private final Reason reason;

    public SecondFactorRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
