package com.fundguard.reconciliation.statement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BankStatementTest {

    static final Currency EUR = Currency.getInstance("EUR");
    static final Currency USD = Currency.getInstance("USD");
    static final LocalDate DAY = LocalDate.of(2026, 12, 4);

    @Test
    void anAmountIsNeverNegativeTheMarkSaysWhichWay() {
        assertThatThrownBy(() -> entry("-5", EUR, CreditDebit.DEBIT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("never negative");
        assertThatThrownBy(() -> new Balance(CreditDebit.DEBIT, new BigDecimal("-1"), EUR, DAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("never negative");
    }

    @Test
    void everyEntryIsInTheStatementsCurrency() {
        assertThatThrownBy(() -> statement(balance("C", "0"), balance("C", "5"), List.of(entry("5", USD, CreditDebit.CREDIT))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("entry 1 in USD but the statement is in EUR");
    }

    @Test
    void theClosingBalanceIsNotDatedBeforeTheOpeningBalance() {
        Balance opening = balance("C", "0");
        Balance closing = new Balance(CreditDebit.CREDIT, BigDecimal.ZERO, EUR, DAY.minusDays(1));
        assertThatThrownBy(() -> statement(opening, closing, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before the opening balance");
    }

    @Test
    void openingPlusCreditsMinusDebitsMustEqualClosingForTheEntriesToExplainTheBalances() {
        List<StatementEntry> entries = List.of(entry("30.00", EUR, CreditDebit.CREDIT), entry("50", EUR, CreditDebit.DEBIT));

        BankStatement adds = statement(balance("C", "10"), balance("D", "10.0"), entries);
        BankStatement doesNotAdd = statement(balance("C", "10"), balance("C", "10"), entries);

        assertThat(adds.closingBalanceFromEntries()).isEqualByComparingTo("-10");
        assertThat(adds.entriesExplainTheBalances()).isTrue();
        assertThat(doesNotAdd.entriesExplainTheBalances()).isFalse();
    }

    private static Balance balance(String mark, String amount) {
        return new Balance(mark.equals("C") ? CreditDebit.CREDIT : CreditDebit.DEBIT, new BigDecimal(amount), EUR, DAY);
    }

    private static BankStatement statement(Balance opening, Balance closing, List<StatementEntry> entries) {
        return new BankStatement("S1", "NL91ABNA0417164300", Optional.empty(), opening, closing, entries, Optional.empty());
    }

    private static StatementEntry entry(String amount, Currency currency, CreditDebit direction) {
        return new StatementEntry(DAY, DAY, new BigDecimal(amount), currency, direction, false, "NTRF", Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "");
    }
}
