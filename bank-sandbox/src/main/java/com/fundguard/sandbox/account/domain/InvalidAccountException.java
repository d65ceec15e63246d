package com.fundguard.sandbox.account.domain;

public class InvalidAccountException extends RuntimeException {

    private final String field;

    public InvalidAccountException(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
