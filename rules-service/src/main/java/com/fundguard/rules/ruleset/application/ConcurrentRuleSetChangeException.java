package com.fundguard.rules.ruleset.application;

/** Someone else changed the rule set between our read and our write; nothing of ours was stored. */
public class ConcurrentRuleSetChangeException extends RuntimeException {

    public ConcurrentRuleSetChangeException(String message) {
        super(message);
    }
}
