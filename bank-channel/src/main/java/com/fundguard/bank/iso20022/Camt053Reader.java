package com.fundguard.bank.iso20022;

import java.io.InputStream;
import java.util.function.Consumer;

/**
 * The entries of a bank statement (camt.053.001.02, .04 or .08), one at a time, for who needs only the bookings (the
 * bank connector's fetched statement, the sandbox's tests). {@link BankToCustomerReader} reads them, with the
 * statements' accounts and balances for who needs those too; any other namespace is refused naming it.
 */
public final class Camt053Reader {

    private Camt053Reader() {
    }

    /** Hands every entry of the statement to {@code entries}, in order; returns how many there were. */
    public static int read(InputStream statement, Consumer<StatementEntry> entries) {
        return BankToCustomerReader.read(statement, BankToCustomerReader.Kind.STATEMENT, new BankToCustomerVisitor() {
            @Override
            public void report(ReportHeader header) {
            }

            @Override
            public void entry(StatementEntry entry, int line) {
                entries.accept(entry);
            }

            @Override
            public void end(ReportHeader header, String additionalInformation) {
            }
        });
    }
}
