package com.fundguard.bank.iso20022;

import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * What a camt.053 {@code Stmt} or camt.054 {@code Ntfctn} says before its entries, as the bank wrote it: nothing is
 * checked against anything else here (whether the balances and entries share a currency or add up is the caller's
 * question).
 *
 * @param number          1-based position of the statement or notification in the document
 * @param line            the line its element starts on, for messages about it
 * @param id              {@code Id}
 * @param account         {@code Acct/Id}: the IBAN, else the other id
 * @param accountCurrency {@code Acct/Ccy}, null where the bank gave none
 * @param sequenceNumber  {@code LglSeqNb}, else {@code ElctrncSeqNb}; null where neither is given
 * @param balances        every {@code Bal} in the bank's order (a notification has none)
 */
public record ReportHeader(BankToCustomerReader.Kind kind, int number, int line, String id, String account, Currency accountCurrency,
                           String sequenceNumber, List<StatementBalance> balances) {

    public ReportHeader {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(id);
        Objects.requireNonNull(account);
        balances = List.copyOf(balances);
    }
}
