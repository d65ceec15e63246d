package com.fundguard.bank.iso20022;

/**
 * Receives a camt.053 or camt.054 document as {@link BankToCustomerReader} walks it: for each statement or notification,
 * its header, each entry in the bank's order, then its end. Nothing of the document is held beyond the part being handed
 * over. An exception thrown here ends the walk and reaches the reader's caller unchanged.
 */
public interface BankToCustomerVisitor {

    /** Before the first entry of the statement or notification (or at its end, where it has none). */
    void report(ReportHeader header);

    /** @param line the line the entry's {@code <Ntry>} starts on */
    void entry(StatementEntry entry, int line);

    /** @param additionalInformation {@code AddtlStmtInf} / {@code AddtlNtfctnInf}, which follow the entries; null where absent */
    void end(ReportHeader header, String additionalInformation);
}
