package com.fundguard.approval.transfer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TransferRequestTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    static final UUID ENTERPRISE = UUID.randomUUID();
    static final UUID APPLICANT = UUID.randomUUID();

    static TransferDetails details(LocalDate executionDate) {
        return new TransferDetails("6222000011112222",
                new Payee("Shanghai Steel Co.", "31001234567890", "CCBCCNBJ", PayeeType.CORPORATE),
                Money.of("125000.50", "CNY"), "Invoice 2026-0042", executionDate, List.of(UUID.randomUUID()));
    }

    @Test
    void aSubmittedRequestIsInStateSubmittedAndCausesTransferSubmitted() {
        TransferDetails details = details(LocalDate.of(2026, 11, 23));
        TransferReference reference = TransferReference.of(LocalDate.of(2026, 11, 23), 123);

        var submitted = TransferRequest.submit(UUID.randomUUID(), ENTERPRISE, reference, APPLICANT, details, CLOCK);

        assertThat(submitted.request().state()).isEqualTo(TransferState.SUBMITTED);
        assertThat(submitted.request().submittedAt()).isEqualTo(CLOCK.instant());
        assertThat(submitted.event().transferId()).isEqualTo(submitted.request().id());
        assertThat(submitted.event().details()).isEqualTo(details);
        assertThat(submitted.event().reference().value()).isEqualTo("TR-20261123-000123");
    }

    @Test
    void refusesAnExecutionDateBeforeTodayInTheEnterprisesTimeZone() {
        // 02:00 UTC is already 10:00 on the 23rd in Shanghai: the 22nd lies in the past there.
        TransferDetails details = details(LocalDate.of(2026, 11, 22));

        assertThatThrownBy(() -> TransferRequest.submit(UUID.randomUUID(), ENTERPRISE,
                TransferReference.of(LocalDate.of(2026, 11, 23), 1), APPLICANT, details, CLOCK))
                .isInstanceOfSatisfying(InvalidTransferException.class,
                        e -> assertThat(e.field()).isEqualTo("requestedExecutionDate"));
    }

    @Test
    void refusesAZeroAmount() {
        assertThatThrownBy(() -> new TransferDetails("6222000011112222",
                new Payee("A", "1234", "BANK", PayeeType.PERSONAL), Money.of("0.00", "CNY"), "rent",
                LocalDate.of(2026, 11, 23), List.of()))
                .isInstanceOfSatisfying(InvalidTransferException.class, e -> assertThat(e.field()).isEqualTo("amount"));
    }

    @Test
    void moneyRefusesMoreDecimalsThanItsCurrencyHasInsteadOfRounding() {
        assertThatThrownBy(() -> Money.of("10.001", "CNY")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("1.5", "JPY")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.of("10.100", "CNY").amount()).isEqualByComparingTo("10.10");
        assertThat(Money.of("10.1", "CNY").amount().scale()).isEqualTo(2);
    }

    @Test
    void aPayeeShowsOnlyTheLastFourCharactersOfItsAccountWhenMasked() {
        assertThat(new Payee("A", "31001234567890", "B", PayeeType.CORPORATE).maskedAccount()).isEqualTo("**********7890");
        assertThat(new Payee("A", "789", "B", PayeeType.CORPORATE).maskedAccount()).isEqualTo("789");
    }

    @Test
    void aReferenceMustLookLikeOne() {
        assertThatThrownBy(() -> new TransferReference("TR-2026-1")).isInstanceOf(IllegalArgumentException.class);
    }
}
