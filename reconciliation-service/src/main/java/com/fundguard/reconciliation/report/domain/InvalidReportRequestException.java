package com.fundguard.reconciliation.report.domain;

/** A report asked for with a parameter it cannot be made with: the API answers 400 naming {@link #field()}. */
public class InvalidReportRequestException extends RuntimeException {

    private final String field;

    public InvalidReportRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
