package com.fundguard.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Shanghai office hours 09:00–18:00; 2026-11-20 is a Friday, 2026-11-23 a Monday, 2026-11-28 a Saturday. */
class BusinessCalendarTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final BusinessCalendar OFFICE = BusinessCalendar.mondayToFriday(SHANGHAI, LocalTime.of(9, 0), LocalTime.of(18, 0));

    static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    @Test
    void aWeekdayInsideOfficeHoursIsBusinessTimeButNotItsEveningNorTheWeekend() {
        assertThat(OFFICE.isBusinessMoment(shanghai("2026-11-23T09:00"))).isTrue();
        assertThat(OFFICE.isBusinessMoment(shanghai("2026-11-23T17:59:59"))).isTrue();
        assertThat(OFFICE.isBusinessMoment(shanghai("2026-11-23T18:00"))).isFalse();
        assertThat(OFFICE.isBusinessMoment(shanghai("2026-11-23T08:59:59"))).isFalse();
        assertThat(OFFICE.isBusinessMoment(shanghai("2026-11-21T10:00"))).isFalse();
    }

    @Test
    void businessHoursAddedOnFridayAfternoonSkipTheWeekend() {
        Instant due = OFFICE.plusBusinessTime(shanghai("2026-11-20T16:00"), Duration.ofHours(4));

        assertThat(due).isEqualTo(shanghai("2026-11-23T11:00"));
    }

    @Test
    void aHolidaySkipsItsWholeDay() {
        BusinessCalendar withTuesdayOff = OFFICE.withHolidays(List.of(LocalDate.parse("2026-11-24")));

        assertThat(withTuesdayOff.isBusinessDay(LocalDate.parse("2026-11-24"))).isFalse();
        assertThat(withTuesdayOff.plusBusinessTime(shanghai("2026-11-23T17:00"), Duration.ofHours(2)))
                .isEqualTo(shanghai("2026-11-25T10:00"));
    }

    @Test
    void anExtraWorkingSaturdayIsCountedAsABusinessDay() {
        BusinessCalendar withSaturdayWorked = OFFICE.withExtraWorkingDays(List.of(LocalDate.parse("2026-11-28")));

        assertThat(withSaturdayWorked.isBusinessMoment(shanghai("2026-11-28T10:00"))).isTrue();
        assertThat(withSaturdayWorked.plusBusinessTime(shanghai("2026-11-27T17:00"), Duration.ofHours(2)))
                .isEqualTo(shanghai("2026-11-28T10:00"));
        assertThat(OFFICE.plusBusinessTime(shanghai("2026-11-27T17:00"), Duration.ofHours(2)))
                .isEqualTo(shanghai("2026-11-30T10:00"));
    }

    @Test
    void aDayCannotBeBothAHolidayAndAnExtraWorkingDay() {
        BusinessCalendar withHoliday = OFFICE.withHolidays(List.of(LocalDate.parse("2026-11-28")));

        assertThatThrownBy(() -> withHoliday.withExtraWorkingDays(List.of(LocalDate.parse("2026-11-28"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-11-28");
    }

    @Test
    void theNextBusinessMomentIsNowInsideHoursTodaysOpeningBeforeAndTheNextBusinessDaysOpeningAfter() {
        assertThat(OFFICE.nextBusinessMoment(shanghai("2026-11-23T10:15"))).isEqualTo(shanghai("2026-11-23T10:15"));
        assertThat(OFFICE.nextBusinessMoment(shanghai("2026-11-23T07:00"))).isEqualTo(shanghai("2026-11-23T09:00"));
        assertThat(OFFICE.nextBusinessMoment(shanghai("2026-11-20T18:00"))).isEqualTo(shanghai("2026-11-23T09:00"));
    }

    @Test
    void addingExactlyWhatIsLeftOfADayEndsAtItsClosingAndAddingNothingAtNightWaitsForTheOpening() {
        assertThat(OFFICE.plusBusinessTime(shanghai("2026-11-23T16:00"), Duration.ofHours(2))).isEqualTo(shanghai("2026-11-23T18:00"));
        assertThat(OFFICE.plusBusinessTime(shanghai("2026-11-23T22:00"), Duration.ZERO)).isEqualTo(shanghai("2026-11-24T09:00"));
    }

    @Test
    void theNextBusinessDayAfterAFridayIsMondayUnlessMondayIsAHolidayOrSaturdayIsWorked() {
        assertThat(OFFICE.nextBusinessDayAfter(LocalDate.parse("2026-11-20"))).isEqualTo(LocalDate.parse("2026-11-23"));
        assertThat(OFFICE.withHolidays(List.of(LocalDate.parse("2026-11-23"))).nextBusinessDayAfter(LocalDate.parse("2026-11-20")))
                .isEqualTo(LocalDate.parse("2026-11-24"));
        assertThat(OFFICE.withExtraWorkingDays(List.of(LocalDate.parse("2026-11-21"))).nextBusinessDayAfter(LocalDate.parse("2026-11-20")))
                .isEqualTo(LocalDate.parse("2026-11-21"));
    }

    @Test
    void businessTimeBetweenCountsOnlyTheWindows() {
        assertThat(OFFICE.businessTimeBetween(shanghai("2026-11-20T17:00"), shanghai("2026-11-23T10:00")))
                .isEqualTo(Duration.ofHours(2));
        assertThat(OFFICE.businessTimeBetween(shanghai("2026-11-23T10:00"), shanghai("2026-11-23T09:00")))
                .isEqualTo(Duration.ZERO);
    }

    @Test
    void theCalendarsZoneDecidesTheDayNotUtc() {
        Instant fridayFivePmUtc = Instant.parse("2026-11-20T17:00:00Z"); // Saturday 01:00 in Shanghai
        Instant sundayUtcMondayInShanghai = Instant.parse("2026-11-22T16:30:00Z"); // Monday 00:30 in Shanghai

        assertThat(OFFICE.isBusinessMoment(Instant.parse("2026-11-20T03:00:00Z"))).isTrue(); // Friday 11:00 in Shanghai
        assertThat(OFFICE.isBusinessMoment(fridayFivePmUtc)).isFalse();
        assertThat(OFFICE.nextBusinessMoment(fridayFivePmUtc)).isEqualTo(Instant.parse("2026-11-23T01:00:00Z"));
        assertThat(OFFICE.nextBusinessMoment(sundayUtcMondayInShanghai)).isEqualTo(Instant.parse("2026-11-23T01:00:00Z"));
    }

    @Test
    void aWindowAcrossTheSpringForwardGapHasOneHourLessBusinessTime() {
        ZoneId berlin = ZoneId.of("Europe/Berlin"); // clocks go from 02:00 to 03:00 on 2026-03-29
        BusinessCalendar nightShift = new BusinessCalendar(berlin, LocalTime.of(1, 0), LocalTime.of(5, 0),
                Set.of(), Set.of(), Set.of());
        Instant opening = LocalDateTime.parse("2026-03-29T01:00").atZone(berlin).toInstant();
        Instant evening = LocalDateTime.parse("2026-03-29T23:00").atZone(berlin).toInstant();

        assertThat(nightShift.businessTimeBetween(opening, evening)).isEqualTo(Duration.ofHours(3));
        assertThat(nightShift.plusBusinessTime(opening, Duration.ofHours(3)))
                .isEqualTo(LocalDateTime.parse("2026-03-29T05:00").atZone(berlin).toInstant());
    }

    @Test
    void refusesACalendarWithoutBusinessTime() {
        assertThatThrownBy(() -> new BusinessCalendar(SHANGHAI, LocalTime.of(9, 0), LocalTime.of(18, 0),
                EnumSet.allOf(DayOfWeek.class), Set.of(), Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BusinessCalendar.mondayToFriday(SHANGHAI, LocalTime.of(18, 0), LocalTime.of(9, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OFFICE.plusBusinessTime(shanghai("2026-11-23T10:00"), Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
