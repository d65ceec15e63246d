package com.fundguard.bankconnector.payeraccount.domain;

public class InvalidPayerAccountException extends RuntimeException {

    private final String field;

    public InvalidPayerAccountException(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
