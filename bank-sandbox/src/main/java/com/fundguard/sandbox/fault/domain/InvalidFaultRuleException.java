package com.fundguard.sandbox.fault.domain;

public class InvalidFaultRuleException extends RuntimeException {

    private final String field;

    public InvalidFaultRuleException(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
