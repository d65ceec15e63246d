package com.fundguard.rules.evaluation.domain;

/** A rule book that cannot be used as written, naming where in it. */
public class InvalidRuleBookException extends RuntimeException {

    private final String field;

    public InvalidRuleBookException(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
