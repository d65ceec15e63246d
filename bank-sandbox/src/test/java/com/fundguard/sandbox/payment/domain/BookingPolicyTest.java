package com.fundguard.sandbox.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BookingPolicyTest {

    static final Currency CNY = Currency.getInstance("CNY");
    static final BookingPolicy.CreditorSide ELSEWHERE = new BookingPolicy.CreditorSide.OtherBank();

    static Optional<AccountPosition> account(String balance, boolean frozen) {
        return Optional.of(new AccountPosition("CN6222000011110001", CNY, new BigDecimal(balance), frozen));
    }

    static BookingDecision.Refuse refused(RefusalReason reason) {
        return new BookingDecision.Refuse(reason);
    }

    @Test
    void booksWhenTheDebtorHoldsTheAmountExactly() {
        assertThat(BookingPolicy.decide(account("100.00", false), ELSEWHERE, new BigDecimal("100.00"), CNY)).isEqualTo(new BookingDecision.Book());
    }

    @Test
    void refusesInsufficientFundsWithAm04() {
        assertThat(BookingPolicy.decide(account("99.99", false), ELSEWHERE, new BigDecimal("100.00"), CNY))
                .isEqualTo(refused(RefusalReason.INSUFFICIENT_FUNDS));
    }

    @Test
    void refusesAnUnknownDebtorOrAnUnknownCreditorOfThisBankWithAc01() {
        assertThat(BookingPolicy.decide(Optional.empty(), ELSEWHERE, BigDecimal.ONE, CNY)).isEqualTo(refused(RefusalReason.UNKNOWN_ACCOUNT));
        assertThat(BookingPolicy.decide(account("100.00", false), new BookingPolicy.CreditorSide.Here(Optional.empty()), BigDecimal.ONE, CNY))
                .isEqualTo(refused(RefusalReason.UNKNOWN_ACCOUNT));
    }

    @Test
    void refusesAFrozenDebtorOrCreditorWithAc06EvenWithFunds() {
        assertThat(BookingPolicy.decide(account("100.00", true), ELSEWHERE, BigDecimal.ONE, CNY)).isEqualTo(refused(RefusalReason.BLOCKED_ACCOUNT));
        assertThat(BookingPolicy.decide(account("100.00", false), new BookingPolicy.CreditorSide.Here(account("0", true)), BigDecimal.ONE, CNY))
                .isEqualTo(refused(RefusalReason.BLOCKED_ACCOUNT));
    }

    @Test
    void anUnknownAccountIsTheAnswerBeforeAFrozenOneAndAFrozenOneBeforeMissingFunds() {
        assertThat(BookingPolicy.decide(account("0", true), new BookingPolicy.CreditorSide.Here(Optional.empty()), BigDecimal.TEN, CNY))
                .isEqualTo(refused(RefusalReason.UNKNOWN_ACCOUNT));
        assertThat(BookingPolicy.decide(account("0", true), ELSEWHERE, BigDecimal.TEN, CNY)).isEqualTo(refused(RefusalReason.BLOCKED_ACCOUNT));
    }

    @Test
    void refusesAnOrderInAnotherCurrencyThanTheAccountsWithAm03() {
        assertThat(BookingPolicy.decide(account("100.00", false), ELSEWHERE, BigDecimal.ONE, Currency.getInstance("USD")))
                .isEqualTo(refused(RefusalReason.CURRENCY_NOT_ALLOWED));
    }
}
