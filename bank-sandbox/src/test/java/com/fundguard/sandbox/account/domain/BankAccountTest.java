package com.fundguard.sandbox.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class BankAccountTest {

    static final Currency CNY = Currency.getInstance("CNY");

    @Test
    void anOpeningBalanceIsKeptToTheCurrencysDecimals() {
        BankAccount account = BankAccount.open("CN6222000011112222", "Hangzhou Tea", CNY, new BigDecimal("1000000"), Instant.EPOCH);

        assertThat(account.balance()).isEqualTo(new BigDecimal("1000000.00"));
    }

    @Test
    void refusesFractionsOfAFenAndNegativeOpeningBalances() {
        assertThatThrownBy(() -> BankAccount.open("CN6222000011112222", "A", CNY, new BigDecimal("0.001"), Instant.EPOCH))
                .isInstanceOfSatisfying(InvalidAccountException.class, e -> assertThat(e.field()).isEqualTo("openingBalance"));
        assertThatThrownBy(() -> BankAccount.open("CN6222000011112222", "A", CNY, new BigDecimal("-1"), Instant.EPOCH))
                .isInstanceOf(InvalidAccountException.class);
    }

    @Test
    void refusesAccountNumbersABankWouldNotIssue() {
        assertThatThrownBy(() -> BankAccount.open("12 34", "A", CNY, BigDecimal.ZERO, Instant.EPOCH))
                .isInstanceOfSatisfying(InvalidAccountException.class, e -> assertThat(e.field()).isEqualTo("accountNumber"));
    }
}
