package com.fundguard.reconciliation.statement.application;

/** An upload refused before anything of it is stored, naming the request field at fault. */
public class UploadRefused extends RuntimeException {

    public enum Reason {
        /** A parameter is missing or wrong (400). */
        INVALID,
        /** The format has no reader, so the file cannot be read (422). */
        NO_READER,
        /** The file is larger than the limit (413). */
        TOO_LARGE
    }

    private final Reason reason;
    private final String field;

    public UploadRefused(Reason reason, String field, String message) {
        super(message);
        this.reason = reason;
        this.field = field;
    }

    public Reason reason() {
        return reason;
    }

    public String field() {
        return field;
    }
}
