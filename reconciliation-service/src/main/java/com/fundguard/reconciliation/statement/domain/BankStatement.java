package com.fundguard.reconciliation.statement.domain;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the bank says happened on one account over one period: the balance it opened with, the entries it booked and
 * the balance it closed with. One currency throughout, as a bank statement is per account and currency.
 *
 * <p>Whether the balances agree with the entries is a question ({@link #entriesExplainTheBalances()}), not a rule
 * enforced here: a statement that does not add up is still what the bank sent, and the daily close must see it.
 *
 * @param statementReference the bank's reference of the statement (MT940 :20:, camt Stmt/Id)
 * @param sequenceNumber     statement and page number where the bank gives one (MT940 :28C:)
 */
public record BankStatement(String statementReference, String account, Optional<String> sequenceNumber,
                            Balance openingBalance, Balance closingBalance, List<StatementEntry> entries,
                            Optional<String> information) {

    public BankStatement {
        Objects.requireNonNull(statementReference, "statementReference");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(sequenceNumber, "sequenceNumber");
        Objects.requireNonNull(openingBalance, "openingBalance");
        Objects.requireNonNull(closingBalance, "closingBalance");
        Objects.requireNonNull(information, "information");
        entries = List.copyOf(entries);
        if (account.isBlank()) {
            throw new IllegalArgumentException("a statement names its account");
        }
        Currency currency = openingBalance.currency();
        if (!closingBalance.currency().equals(currency)) {
            throw new IllegalArgumentException("closing balance in " + closingBalance.currency()
                    + " but the statement opened in " + currency);
        }
        for (int i = 0; i < entries.size(); i++) {
            if (!entries.get(i).currency().equals(currency)) {
                throw new IllegalArgumentException("entry " + (i + 1) + " in " + entries.get(i).currency()
                        + " but the statement is in " + currency);
            }
        }
        if (closingBalance.date().isBefore(openingBalance.date())) {
            throw new IllegalArgumentException("closing balance dated " + closingBalance.date()
                    + " before the opening balance " + openingBalance.date());
        }
    }

    public Currency currency() {
        return openingBalance.currency();
    }

    public BigDecimal totalCredits() {
        return total(CreditDebit.CREDIT);
    }

    public BigDecimal totalDebits() {
        return total(CreditDebit.DEBIT);
    }

    /** The closing balance the entries lead to from the opening balance (signed: negative when overdrawn). */
    public BigDecimal closingBalanceFromEntries() {
        return openingBalance.signedAmount().add(totalCredits()).subtract(totalDebits());
    }

    /** Opening + credits − debits = closing, compared by value (9.5 equals 9.50). */
    public boolean entriesExplainTheBalances() {
        return closingBalanceFromEntries().compareTo(closingBalance.signedAmount()) == 0;
    }

    private BigDecimal total(CreditDebit direction) {
        return entries.stream().filter(e -> e.creditDebit() == direction)
                .map(StatementEntry::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
