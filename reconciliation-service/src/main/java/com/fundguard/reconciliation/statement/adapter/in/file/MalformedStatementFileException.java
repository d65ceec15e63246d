package com.fundguard.reconciliation.statement.adapter.in.file;

/**
 * A statement file that cannot be read as its format says. Names the file, the message in it (1-based) and the line,
 * so whoever received the file can tell the bank what is wrong; no statement of that message is returned.
 */
public class MalformedStatementFileException extends RuntimeException {

    private final String source;
    private final int messageNumber;
    private final int lineNumber;
    private final String reason;

    MalformedStatementFileException(String source, int messageNumber, int lineNumber, String reason, Throwable cause) {
        super(source + ": message " + messageNumber + ", line " + lineNumber + ": " + reason, cause);
        this.source = source;
        this.messageNumber = messageNumber;
        this.lineNumber = lineNumber;
        this.reason = reason;
    }

    public String source() {
        return source;
    }

    public String reason() {
        return reason;
    }

    public int messageNumber() {
        return messageNumber;
    }

    public int lineNumber() {
        return lineNumber;
    }
}
