package com.fundguard.identity.directory.domain;

/** An enterprise or user that cannot exist as asked, naming the field at fault. */
public class InvalidDirectoryEntryException extends RuntimeException {

    private final String field;

    public InvalidDirectoryEntryException(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
