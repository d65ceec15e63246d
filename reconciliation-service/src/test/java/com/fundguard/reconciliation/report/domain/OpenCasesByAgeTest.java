package com.fundguard.reconciliation.report.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fundguard.calendar.BusinessCalendar;
import com.fundguard.reconciliation.discrepancy.domain.CaseState;
import com.fundguard.reconciliation.discrepancy.domain.DiscrepancyType;
import com.fundguard.reconciliation.report.domain.OpenCasesByAge.Count;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Open cases aged in business days: Shanghai, Monday to Friday, Monday 2026-11-23 a holiday, Saturday 2026-11-28
 * worked instead. Today is Tuesday 2026-12-01, 10:00.
 */
class OpenCasesByAgeTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final BusinessCalendar CALENDAR = BusinessCalendar.mondayToFriday(SHANGHAI, LocalTime.of(9, 0), LocalTime.of(17, 0))
            .withHolidays(List.of(LocalDate.of(2026, 11, 23))).withExtraWorkingDays(List.of(LocalDate.of(2026, 11, 28)));
    static final Instant NOW = shanghai("2026-12-01T10:00");
    static final UUID ENTERPRISE = UUID.randomUUID();

    static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    static OpenCase openCase(DiscrepancyType type, String openedAt, String deadline) {
        return new OpenCase(UUID.randomUUID(), type, CaseState.OPEN, "CN6200001", new BigDecimal("10.00"), Currency.getInstance("CNY"),
                LocalDate.of(2026, 11, 1), shanghai(openedAt), shanghai(deadline), Optional.empty());
    }

    static int ageOf(String openedAt) {
        return OpenCasesByAge.of(ENTERPRISE, List.of(openCase(DiscrepancyType.FEE, openedAt, "2026-12-31T12:00")), CALENDAR, NOW)
                .cases().getFirst().ageBusinessDays();
    }

    @Test
    void aCaseOpenedTodayIsNoDayOldAndOneOpenedOnTheBusinessDayBeforeIsOne() {
        assertThat(ageOf("2026-12-01T09:30")).isZero();
        assertThat(ageOf("2026-11-30T16:59")).isEqualTo(1);
    }

    @Test
    void weekendsAndHolidaysDoNotAgeACaseButAWorkedSaturdayDoes() {
        // Thu 19: Fri 20, (Sat 21, Sun 22, holiday Mon 23), Tue 24 ... Fri 27, worked Sat 28, (Sun 29), Mon 30, Tue 1
        assertThat(ageOf("2026-11-19T10:00")).isEqualTo(8);
        // Fri 27 evening: worked Sat 28, Mon 30, Tue 1
        assertThat(ageOf("2026-11-27T18:00")).isEqualTo(3);
        // opened on the worked Saturday: Mon 30, Tue 1
        assertThat(ageOf("2026-11-28T11:00")).isEqualTo(2);
        // opened on the holiday: Tue 24 to Fri 27, Sat 28, Mon 30, Tue 1
        assertThat(ageOf("2026-11-23T11:00")).isEqualTo(7);
    }

    @Test
    void theDayIsTheCalendarsLocalDayNotUtc() {
        // 2026-11-30 23:30 in Shanghai is still Monday there (15:30 UTC): one business day old on Tuesday.
        assertThat(ageOf("2026-11-30T23:30")).isEqualTo(1);
        // 2026-12-01 00:30 in Shanghai is Tuesday there although it is Monday in UTC.
        assertThat(ageOf("2026-12-01T00:30")).isZero();
    }

    @Test
    void bucketsAreZeroToOneTwoToThreeFourToSevenAndMoreThanSeven() {
        assertThat(List.of(0, 1, 2, 3, 4, 7, 8, 400).stream().map(AgeBucket::of).map(AgeBucket::label).toList())
                .containsExactly("0-1", "0-1", "2-3", "2-3", "4-7", "4-7", ">7", ">7");
        assertThatThrownBy(() -> AgeBucket.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCaseIsOverdueFromItsDeadlineOnWhateverItsAge() {
        OpenCasesByAge report = OpenCasesByAge.of(ENTERPRISE, List.of(
                openCase(DiscrepancyType.FEE, "2026-12-01T09:00", "2026-12-01T10:00"),
                openCase(DiscrepancyType.FEE, "2026-11-30T09:00", "2026-12-01T10:00:00.000001"),
                openCase(DiscrepancyType.FEE, "2026-11-10T09:00", "2026-12-31T12:00")), CALENDAR, NOW);

        assertThat(report.cases()).extracting(OpenCasesByAge.AgedCase::ageBusinessDays, OpenCasesByAge.AgedCase::overdue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(15, false), org.assertj.core.groups.Tuple.tuple(1, false),
                        org.assertj.core.groups.Tuple.tuple(0, true));
    }

    @Test
    void countsByTypeAndAgeAddUpToTheTotalAndOnlyTypesWithCasesAreListed() {
        OpenCasesByAge report = OpenCasesByAge.of(ENTERPRISE, List.of(
                openCase(DiscrepancyType.BANK_DEBIT_WITHOUT_TRANSFER, "2026-12-01T09:00", "2026-12-02T12:00"),
                openCase(DiscrepancyType.BANK_DEBIT_WITHOUT_TRANSFER, "2026-11-19T09:00", "2026-11-20T12:00"),
                openCase(DiscrepancyType.FEE, "2026-11-27T09:00", "2026-11-28T12:00"),
                openCase(DiscrepancyType.FEE, "2026-11-30T09:00", "2026-12-01T12:00")), CALENDAR, NOW);

        assertThat(report.types()).containsExactly(DiscrepancyType.BANK_DEBIT_WITHOUT_TRANSFER, DiscrepancyType.FEE);
        assertThat(report.of(DiscrepancyType.BANK_DEBIT_WITHOUT_TRANSFER, AgeBucket.DAYS_0_1)).isEqualTo(new Count(1, 0));
        assertThat(report.of(DiscrepancyType.BANK_DEBIT_WITHOUT_TRANSFER, AgeBucket.OVER_7)).isEqualTo(new Count(1, 1));
        assertThat(report.of(DiscrepancyType.FEE, AgeBucket.DAYS_2_3)).isEqualTo(new Count(1, 1));
        assertThat(report.of(DiscrepancyType.FEE, AgeBucket.DAYS_0_1)).isEqualTo(new Count(1, 0));
        assertThat(report.of(DiscrepancyType.FEE, AgeBucket.DAYS_4_7)).isEqualTo(new Count(0, 0));
        assertThat(report.ofType(DiscrepancyType.FEE)).isEqualTo(new Count(2, 1));
        assertThat(report.ofAge(AgeBucket.DAYS_0_1)).isEqualTo(new Count(2, 0));
        assertThat(report.total()).isEqualTo(new Count(4, 2));
        assertThat(report.today()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void noCasesIsAReportOfZeros() {
        OpenCasesByAge report = OpenCasesByAge.of(ENTERPRISE, List.of(), CALENDAR, NOW);
        assertThat(report.types()).isEmpty();
        assertThat(report.total()).isEqualTo(new Count(0, 0));
    }

    @Test
    void aResolvedCaseIsNoOpenCase() {
        assertThatThrownBy(() -> new OpenCase(UUID.randomUUID(), DiscrepancyType.FEE, CaseState.RESOLVED, "CN6200001", BigDecimal.ONE,
                Currency.getInstance("CNY"), LocalDate.of(2026, 11, 1), NOW, NOW, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
