package com.fundguard.reconciliation.discrepancy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fundguard.calendar.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Deadlines on the enterprise's business calendar; 2026-11-20 is a Friday, 2026-11-23 a Monday. */
class DeadlinePolicyTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final BusinessCalendar SHANGHAI_OFFICE = BusinessCalendar.mondayToFriday(SHANGHAI, LocalTime.of(9, 0), LocalTime.of(17, 0));
    static final DeadlinePolicy NEXT_BUSINESS_DAY_NOON = new DeadlinePolicy(new DeadlinePolicy.Rule(1, LocalTime.NOON),
            Map.of(DiscrepancyType.FEE, new DeadlinePolicy.Rule(3, LocalTime.of(17, 0)),
                    DiscrepancyType.BANK_DEBIT_WITHOUT_TRANSFER, new DeadlinePolicy.Rule(0, LocalTime.of(16, 0))));

    static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    @Test
    void aCaseOpenedOnFridayIsDueOnMondayAtNoonNotOnSaturday() {
        assertThat(NEXT_BUSINESS_DAY_NOON.deadlineOf(DiscrepancyType.AMOUNT_MISMATCH, shanghai("2026-11-20T15:00"), SHANGHAI_OFFICE))
                .isEqualTo(shanghai("2026-11-23T12:00"));
    }

    @Test
    void aHolidayOnMondayMovesItToTuesdayAndAWorkedSaturdayBringsItForward() {
        BusinessCalendar mondayOff = SHANGHAI_OFFICE.withHolidays(List.of(LocalDate.parse("2026-11-23")));
        BusinessCalendar saturdayWorked = SHANGHAI_OFFICE.withExtraWorkingDays(List.of(LocalDate.parse("2026-11-21")));

        assertThat(NEXT_BUSINESS_DAY_NOON.deadlineOf(DiscrepancyType.AMOUNT_MISMATCH, shanghai("2026-11-20T15:00"), mondayOff))
                .isEqualTo(shanghai("2026-11-24T12:00"));
        assertThat(NEXT_BUSINESS_DAY_NOON.deadlineOf(DiscrepancyType.AMOUNT_MISMATCH, shanghai("2026-11-20T15:00"), saturdayWorked))
                .isEqualTo(shanghai("2026-11-21T12:00"));
    }

    @Test
    void aTypeWithARuleOfItsOwnCountsItsOwnBusinessDays() {
        // Friday + 3 business days = Wednesday
        assertThat(NEXT_BUSINESS_DAY_NOON.deadlineOf(DiscrepancyType.FEE, shanghai("2026-11-20T15:00"), SHANGHAI_OFFICE))
                .isEqualTo(shanghai("2026-11-25T17:00"));
    }

    @Test
    void sameDayIsTodayWhileTheHourIsAheadAndOtherwiseTheNextBusinessDay() {
        assertThat(NEXT_BUSINESS_DAY_NOON.deadlineOf(DiscrepancyType.BANK_DEBIT_WITHOUT_TRANSFER, shanghai("2026-11-20T10:00"),
                SHANGHAI_OFFICE)).isEqualTo(shanghai("2026-11-20T16:00"));
        assertThat(NEXT_BUSINESS_DAY_NOON.deadlineOf(DiscrepancyType.BANK_DEBIT_WITHOUT_TRANSFER, shanghai("2026-11-20T16:30"),
                SHANGHAI_OFFICE)).isEqualTo(shanghai("2026-11-23T16:00"));
        assertThat(NEXT_BUSINESS_DAY_NOON.deadlineOf(DiscrepancyType.BANK_DEBIT_WITHOUT_TRANSFER, shanghai("2026-11-21T09:00"),
                SHANGHAI_OFFICE)).isEqualTo(shanghai("2026-11-23T16:00"));
    }

    @Test
    void theEnterprisesZoneDecidesWhichDayTheCaseWasOpenedOn() {
        Instant fridayEveningInNewYork = Instant.parse("2026-11-20T23:30:00Z"); // already Saturday 07:30 in Shanghai
        BusinessCalendar newYork = BusinessCalendar.mondayToFriday(ZoneId.of("America/New_York"), LocalTime.of(9, 0), LocalTime.of(17, 0));

        assertThat(NEXT_BUSINESS_DAY_NOON.deadlineOf(DiscrepancyType.AMOUNT_MISMATCH, fridayEveningInNewYork, newYork))
                .isEqualTo(LocalDateTime.parse("2026-11-23T12:00").atZone(ZoneId.of("America/New_York")).toInstant());
        assertThat(NEXT_BUSINESS_DAY_NOON.deadlineOf(DiscrepancyType.AMOUNT_MISMATCH, fridayEveningInNewYork, SHANGHAI_OFFICE))
                .isEqualTo(shanghai("2026-11-23T12:00"));
    }
}
