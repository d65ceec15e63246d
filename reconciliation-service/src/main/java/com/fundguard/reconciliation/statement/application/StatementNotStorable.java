package com.fundguard.reconciliation.statement.application;

/**
 * A statement the reader read but that cannot be stored as it says (an entry in another currency than its
 * statement, an amount finer than the ledger keeps). Names the file, the statement and the entry in it.
 */
public class StatementNotStorable extends RuntimeException {

    private final String source;
    private final int statement;
    private final int entry;
    private final String reason;

    StatementNotStorable(String source, int statement, int entry, String reason) {
        super(source + ": statement " + statement + (entry > 0 ? ", entry " + entry : "") + ": " + reason);
        this.source = source;
        this.statement = statement;
        this.entry = entry;
        this.reason = reason;
    }

    public String source() {
        return source;
    }

    public int statement() {
        return statement;
    }

    /** The entry's place in its statement, 0 when the statement as a whole is at fault. */
    public int entry() {
        return entry;
    }

    public String reason() {
        return reason;
    }
}
