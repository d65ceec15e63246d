package com.fundguard.bankconnector.execution.domain;

/** A report that cannot be right whatever the execution's state, naming the field at fault. */
public class InvalidReportException extends RuntimeException {

    private final String field;

    public InvalidReportException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
