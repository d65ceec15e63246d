package com.fundguard.voucher.voucher.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class IdentityNumbersTest {

    @Test
    void acceptsResidentIdNumbersWhoseMod11CheckCharacterIsRightIncludingX() {
        // GB 11643-1999's own example and one ending in X.
        assertThat(IdentityNumbers.validResidentIdNumber("11010519491231002X")).isTrue();
        assertThat(IdentityNumbers.validResidentIdNumber("440524188001010014")).isTrue();
        assertThat(IdentityNumbers.validResidentIdNumber("110105194912310021")).isFalse();
        assertThat(IdentityNumbers.validResidentIdNumber("11010519491231002")).isFalse();
    }

    @Test
    void acceptsCardNumbersThatPassLuhnOnly() {
        assertThat(IdentityNumbers.validCardNumber("4111111111111111")).isTrue();
        assertThat(IdentityNumbers.validCardNumber("6222021234567890128")).isTrue();
        assertThat(IdentityNumbers.validCardNumber("4111111111111112")).isFalse();
        assertThat(IdentityNumbers.validCardNumber("41111")).isFalse();
    }

    @Test
    void showsOnlyTheLastFourDigits() {
        assertThat(IdentityNumbers.masked("6222021234567890128")).isEqualTo("***************0128");
    }

    @Test
    void aWrongCheckDigitIsAWarningAndTheNumberIsKeptMaskedOnly() {
        VoucherDetails card = VoucherDetails.of(VoucherType.BANK_CARD, null, null, null, "4111 1111 1111 1112");
        VoucherDetails id = VoucherDetails.of(VoucherType.ID_CARD, null, null, null, "11010519491231002X");

        assertThat(card.warnings()).containsExactly("the bank card number fails the Luhn check");
        assertThat(card.maskedNumber()).isEqualTo("************1112");
        assertThat(card.toString()).doesNotContain("4111111111111112").doesNotContain("4111 1111");
        assertThat(id.warnings()).isEmpty();
        assertThat(id.maskedNumber()).isEqualTo("**************002X");
    }

    @Test
    void refusesANumberOnAnInvoiceAndAnAmountWithoutCurrencyOrWithTooManyDecimals() {
        assertThatThrownBy(() -> VoucherDetails.of(VoucherType.INVOICE, null, null, null, "4111111111111111"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VoucherDetails.of(VoucherType.INVOICE, "3300212130", new BigDecimal("10.00"), null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VoucherDetails.of(VoucherType.INVOICE, "3300212130", new BigDecimal("10.001"), Currency.getInstance("CNY"), null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
