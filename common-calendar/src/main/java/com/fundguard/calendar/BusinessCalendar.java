package com.fundguard.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * When an enterprise works: a daily window ({@code opens} to {@code closes}, local time of {@code zone}) on every day
 * that is not a weekend day or a holiday, plus the extra working days that make up for a holiday (Chinese calendars
 * move a weekday off onto a Saturday or Sunday, which then is worked). Business time is time inside those windows:
 * reminders count it, so a Friday evening request is not "overdue" on Monday morning.
 *
 * <p>Immutable; the holiday lists come from the enterprise's configuration (this type knows no country's calendar).
 * Shared by notification-service (reminders) and reconciliation-service (error case deadlines), so both count the
 * same days.
 */
public record BusinessCalendar(ZoneId zone, LocalTime opens, LocalTime closes, Set<DayOfWeek> weekend,
                               Set<LocalDate> holidays, Set<LocalDate> extraWorkingDays) {

    public BusinessCalendar {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("a business day opens before it closes: " + opens + " to " + closes);
        }
        weekend = weekend.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(weekend));
        if (weekend.size() == DayOfWeek.values().length) {
            // With every weekday off, business time would exist only on the finite extra days: adding to it could not end.
            throw new IllegalArgumentException("a weekend of all seven days leaves no business time");
        }
        holidays = Set.copyOf(holidays);
        extraWorkingDays = Set.copyOf(extraWorkingDays);
        Set<LocalDate> both = new HashSet<>(holidays);
        both.retainAll(extraWorkingDays);
        if (!both.isEmpty()) {
            throw new IllegalArgumentException("a day cannot be both a holiday and an extra working day: " + both);
        }
    }

    /** Monday to Friday from {@code opens} to {@code closes}, no holidays yet. */
    public static BusinessCalendar mondayToFriday(ZoneId zone, LocalTime opens, LocalTime closes) {
        return new BusinessCalendar(zone, opens, closes, EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Set.of(), Set.of());
    }

    /** This calendar with {@code days} off in addition to the holidays it has. */
    public BusinessCalendar withHolidays(Collection<LocalDate> days) {
        Set<LocalDate> all = new HashSet<>(holidays);
        all.addAll(days);
        return new BusinessCalendar(zone, opens, closes, weekend, all, extraWorkingDays);
    }

    /** This calendar with {@code days} (weekend days, usually) worked in addition to the extra days it has. */
    public BusinessCalendar withExtraWorkingDays(Collection<LocalDate> days) {
        Set<LocalDate> all = new HashSet<>(extraWorkingDays);
        all.addAll(days);
        return new BusinessCalendar(zone, opens, closes, weekend, holidays, all);
    }

    /** An extra working day is worked whatever its weekday; a holiday is not; otherwise the weekend decides. */
    public boolean isBusinessDay(LocalDate day) {
        if (extraWorkingDays.contains(day)) {
            return true;
        }
        return !holidays.contains(day) && !weekend.contains(day.getDayOfWeek());
    }

    /** Inside a business day's window: from opening (included) to closing (excluded), in the calendar's zone. */
    public boolean isBusinessMoment(Instant moment) {
        ZonedDateTime local = moment.atZone(zone);
        LocalTime time = local.toLocalTime();
        return isBusinessDay(local.toLocalDate()) && !time.isBefore(opens) && time.isBefore(closes);
    }

    /** {@code moment} itself if it is business time, otherwise the opening of the next business window. */
    public Instant nextBusinessMoment(Instant moment) {
        if (isBusinessMoment(moment)) {
            return moment;
        }
        ZonedDateTime local = moment.atZone(zone);
        LocalDate day = local.toLocalDate();
        if (isBusinessDay(day) && local.toLocalTime().isBefore(opens)) {
            return opening(day);
        }
        return opening(nextBusinessDayAfter(day));
    }

    /**
     * The instant at which {@code amount} of business time has passed since {@code from}: time outside the windows
     * does not count. Adding exactly what is left of a window ends at its closing time.
     */
    public Instant plusBusinessTime(Instant from, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("business time to add cannot be negative: " + amount);
        }
        Instant cursor = nextBusinessMoment(from);
        Duration remaining = amount;
        while (true) {
            LocalDate day = cursor.atZone(zone).toLocalDate();
            Instant closing = closing(day);
            Duration leftToday = Duration.between(cursor, closing);
            if (remaining.compareTo(leftToday) <= 0) {
                return cursor.plus(remaining);
            }
            remaining = remaining.minus(leftToday);
            cursor = opening(nextBusinessDayAfter(day));
        }
    }

    /** How much business time lies between {@code from} and {@code to} (zero if {@code to} is not after {@code from}). */
    public Duration businessTimeBetween(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        Instant cursor = nextBusinessMoment(from);
        while (cursor.isBefore(to)) {
            LocalDate day = cursor.atZone(zone).toLocalDate();
            Instant closing = closing(day);
            Instant end = closing.isBefore(to) ? closing : to;
            total = total.plus(Duration.between(cursor, end));
            cursor = opening(nextBusinessDayAfter(day));
        }
        return total;
    }

    /** The first business day after {@code day} (a deadline of "the next business day" counts from here). */
    public LocalDate nextBusinessDayAfter(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isBusinessDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    private Instant opening(LocalDate day) {
        return day.atTime(opens).atZone(zone).toInstant();
    }

    private Instant closing(LocalDate day) {
        return day.atTime(closes).atZone(zone).toInstant();
    }
}
