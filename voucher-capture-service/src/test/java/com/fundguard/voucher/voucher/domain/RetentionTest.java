package com.fundguard.voucher.voucher.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every (state of the voucher, who asks) pair of a deletion. */
class RetentionTest {

    static final UUID UPLOADER = UUID.randomUUID();
    static final UUID COLLEAGUE = UUID.randomUUID();
    static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    static final Retention THIRTY_YEARS = new Retention(Retention.STANDARD);
    static final Voucher VOUCHER = new Voucher(UUID.randomUUID(), UUID.randomUUID(), VoucherType.INVOICE, VoucherMediaType.JPEG, 10,
            "0".repeat(64), UPLOADER, NOW.minus(Duration.ofDays(20_000)), CaptureDevice.PHONE_CAMERA,
            new CaptureFacts(Optional.empty(), OptionalLong.empty(), 1, Optional.empty(), false), VoucherDetails.NONE, null);

    static Stream<Arguments> table() {
        Optional<Instant> never = Optional.empty();
        Optional<Instant> lastYear = Optional.of(NOW.minus(Duration.ofDays(365)));
        Optional<Instant> longAgo = Optional.of(NOW.minus(Duration.ofDays(11_000)));
        return Stream.of(
                Arguments.of("never submitted", never, UPLOADER, false, null),
                Arguments.of("never submitted", never, COLLEAGUE, true, null),
                Arguments.of("never submitted", never, COLLEAGUE, false, Retention.Refusal.NOT_THE_UPLOADER_OR_AN_ADMIN),
                Arguments.of("submitted last year", lastYear, UPLOADER, false, Retention.Refusal.SUBMITTED_VOUCHERS_ARE_DELETED_BY_AN_ADMIN_ONLY),
                Arguments.of("submitted last year", lastYear, COLLEAGUE, false, Retention.Refusal.SUBMITTED_VOUCHERS_ARE_DELETED_BY_AN_ADMIN_ONLY),
                Arguments.of("submitted last year", lastYear, COLLEAGUE, true, Retention.Refusal.STILL_WITHIN_RETENTION),
                Arguments.of("submitted 30 years ago", longAgo, UPLOADER, false, Retention.Refusal.SUBMITTED_VOUCHERS_ARE_DELETED_BY_AN_ADMIN_ONLY),
                Arguments.of("submitted 30 years ago", longAgo, COLLEAGUE, true, null));
    }

    @ParameterizedTest(name = "{0}, asked by {2} (admin: {3}) -> {4}")
    @MethodSource("table")
    void aDeletionIsAllowedOrRefusedByItsRule(String state, Optional<Instant> submittedAt, UUID requester, boolean admin, Retention.Refusal expected) {
        assertThat(THIRTY_YEARS.refusalToDelete(VOUCHER, submittedAt, requester, admin, NOW)).isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void theRetentionPeriodIsAtLeastAYearAndAtMostACentury() {
        assertThatThrownBy(() -> new Retention(Duration.ofDays(364))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Retention(Duration.ofDays(36_526))).isInstanceOf(IllegalArgumentException.class);
        assertThat(List.of(new Retention(Duration.ofDays(365)).period().toDays(), Retention.STANDARD.toDays())).containsExactly(365L, 10_957L);
    }
}
