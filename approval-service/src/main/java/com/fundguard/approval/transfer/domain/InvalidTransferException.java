package com.fundguard.approval.transfer.domain;

/** A transfer request that cannot exist as asked, naming the part of it at fault. */
public class InvalidTransferException extends RuntimeException {

    private final String field;

    public InvalidTransferException(String field, String reason) {
        super(field + " " + reason);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return getMessage().substring(field.length() + 1);
    }
}
