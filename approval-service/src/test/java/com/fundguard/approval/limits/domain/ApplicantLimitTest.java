package com.fundguard.approval.limits.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApplicantLimitTest {

    static final Currency CNY = Currency.getInstance("CNY");
    static final UUID APPLICANT = UUID.randomUUID();

    static ApplicantLimit limit(Long count, String perDay, String perTransfer) {
        return new ApplicantLimit(UUID.randomUUID(), APPLICANT, CNY, Optional.ofNullable(count),
                Optional.ofNullable(perDay).map(BigDecimal::new), Optional.ofNullable(perTransfer).map(BigDecimal::new),
                ApplicantLimit.WhenExceeded.BLOCK, UUID.randomUUID(), Instant.EPOCH);
    }

    @Test
    void withinEveryLimitNothingIsExceeded() {
        assertThat(limit(5L, "100000.00", "50000.00").exceededBy(4, new BigDecimal("50000.00"), new BigDecimal("50000.00"), CNY)).isEmpty();
    }

    @Test
    void eachLimitSaysWhatWouldBeExceeded() {
        assertThat(limit(5L, null, null).exceededBy(5, BigDecimal.ZERO, BigDecimal.ONE, CNY)).singleElement().asString().contains("5 transfers");
        assertThat(limit(null, "100000.00", null).exceededBy(1, new BigDecimal("99999.99"), new BigDecimal("0.02"), CNY))
                .singleElement().asString().contains("100000.00 CNY today");
        assertThat(limit(null, null, "50000.00").exceededBy(0, BigDecimal.ZERO, new BigDecimal("50000.01"), CNY))
                .singleElement().asString().contains("in one transfer");
    }

    @Test
    void amountLimitsInOneCurrencyDoNotLetAnotherCurrencyThrough() {
        assertThat(limit(null, null, "50000.00").exceededBy(0, BigDecimal.ZERO, BigDecimal.ONE, Currency.getInstance("USD"))).hasSize(1);
    }

    @Test
    void anApplicantCannotSetTheirOwnLimitsNorAreNegativeOrOverPreciseLimitsAccepted() {
        assertThatThrownBy(() -> new ApplicantLimit(UUID.randomUUID(), APPLICANT, CNY, Optional.of(1L), Optional.empty(), Optional.empty(),
                ApplicantLimit.WhenExceeded.BLOCK, APPLICANT, Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> limit(-1L, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> limit(null, "10.001", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
