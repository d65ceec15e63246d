package com.fundguard.bank.iso20022;

/**
 * A camt.053 or camt.054 document that cannot be read past a certain place: says which statement or notification
 * (1-based; 0 before the first) and the line where the part that failed (entry, balance, account) starts, or where the
 * XML itself breaks, so whoever received the file can tell the bank what is wrong.
 */
public class UnreadableStatementException extends IsoMessageException {

    private final int reportNumber;
    private final int lineNumber;
    private final String reason;

    UnreadableStatementException(String reportName, int reportNumber, int lineNumber, String reason) {
        super((reportNumber > 0 ? reportName + " " + reportNumber + ", " : "") + "line " + lineNumber + ": " + reason);
        this.reportNumber = reportNumber;
        this.lineNumber = lineNumber;
        this.reason = reason;
    }

    /** The statement's ({@code Stmt}) or notification's ({@code Ntfctn}) position in the document, 0 before the first. */
    public int reportNumber() {
        return reportNumber;
    }

    public int lineNumber() {
        return lineNumber;
    }

    /** What is wrong, without the position. */
    public String reason() {
        return reason;
    }
}
