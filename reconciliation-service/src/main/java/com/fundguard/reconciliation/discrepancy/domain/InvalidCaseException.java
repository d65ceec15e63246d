package com.fundguard.reconciliation.discrepancy.domain;

/** A case, act or attachment given with a field that cannot be: names the field, never echoes its value. */
public class InvalidCaseException extends RuntimeException {

    private final String field;

    public InvalidCaseException(String field, String rule) {
        super(field + " " + rule);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return getMessage().substring(field.length() + 1);
    }
}
