package com.fundguard.reconciliation.statement.domain;

import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * What a statement says before its entries: which account, which statement, in which currency, and the balance it
 * opened with. A reader announces the header, then streams the entries, then the closing balance, so a statement of
 * millions of lines never has to be held in memory at once.
 *
 * @param openingBalance absent in reports that carry none (MT942 interim reports, camt.054 notifications)
 */
public record StatementHeader(String statementReference, String account, Optional<String> sequenceNumber,
                              Currency currency, Optional<Balance> openingBalance, Optional<String> information) {

    public StatementHeader {
        Objects.requireNonNull(statementReference, "statementReference");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(sequenceNumber, "sequenceNumber");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(openingBalance, "openingBalance");
        Objects.requireNonNull(information, "information");
        if (account.isBlank()) {
            throw new IllegalArgumentException("a statement names its account");
        }
        openingBalance.ifPresent(opening -> {
            if (!opening.currency().equals(currency)) {
                throw new IllegalArgumentException("opening balance in " + opening.currency() + " but the statement is in " + currency);
            }
        });
    }
}
