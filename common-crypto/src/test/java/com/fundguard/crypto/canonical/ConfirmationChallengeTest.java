package com.fundguard.crypto.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConfirmationChallengeTest {

    static final UUID TRANSFER = UUID.fromString("4bef2517-544e-428c-8d27-7753c024bbd7");
    static final Currency CNY = Currency.getInstance("CNY");
    static final String HASH = "a".repeat(64);

    String challenge(String amount, int step, String payee) {
        return ConfirmationChallenge.of(TRANSFER, step, new BigDecimal(amount), CNY, payee, HASH);
    }

    @Test
    void theSameContentGivesTheSameChallengeWhateverTheAmountsScale() {
        assertThat(challenge("125000.00", 1, "6222020200112233")).isEqualTo(challenge("125000", 1, "6222020200112233")).hasSize(64);
    }

    @Test
    void anotherAmountStepOrPayeeGivesAnotherChallenge() {
        String original = challenge("125000.00", 1, "6222020200112233");

        assertThat(challenge("125000.01", 1, "6222020200112233")).isNotEqualTo(original);
        assertThat(challenge("125000.00", 2, "6222020200112233")).isNotEqualTo(original);
        assertThat(challenge("125000.00", 1, "6222020200112234")).isNotEqualTo(original);
    }

    @Test
    void refusesAPayeeAccountThatWouldNeedEscaping() {
        assertThatThrownBy(() -> challenge("1", 0, "62\",\"amount\":\"1")).isInstanceOf(IllegalArgumentException.class);
    }
}
