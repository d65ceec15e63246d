package com.fundguard.reconciliation.statement.adapter.in.file;

/**
 * A statement file that cannot be read as its format says. Names the file, the message in it (1-based) and the line,
 * so whoever received the file can tell the bank what is wrong; no statement of that message is returned.
 */
public class MalformedStatementFileException extends RuntimeException {

    private final int messageNumber;
    private final int lineNumber;

    MalformedStatementFileException(String source, int messageNumber, int lineNumber, String reason, Throwable cause) {
        super(source + ": message " + messageNumber + ", line " + lineNumber + ": " + reason, cause);
        this.messageNumber = messageNumber;
        this.lineNumber = lineNumber;
    }

    public int messageNumber() {
        return messageNumber;
    }

    public int lineNumber() {
        return lineNumber;
    }
}
