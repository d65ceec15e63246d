package com.fundguard.rules.ruleset.domain;

/** A rule-set act that is not allowed, and why. Nothing changed. */
public class RuleSetTransitionRefused extends RuntimeException {

    public enum Reason {
        NOT_A_DRAFT,
        NOT_PUBLISHED,
        AUTHOR_CANNOT_PUBLISH
    }

    private final Reason reason;

    public RuleSetTransitionRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
