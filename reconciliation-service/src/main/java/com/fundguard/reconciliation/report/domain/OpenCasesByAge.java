package com.fundguard.reconciliation.report.domain;

import com.fundguard.calendar.BusinessCalendar;
import com.fundguard.reconciliation.discrepancy.domain.DiscrepancyType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * An enterprise's error cases not yet resolved, by age and by type, as of a moment. A case's age is the number of
 * business days of the enterprise's calendar after the day it was opened, up to and including today (both days in the
 * calendar's zone): opened today 0, opened on the business day before 1, so a case opened on Friday is 1 day old on
 * Monday and a holiday does not age it. It is overdue once its deadline has come (as the case list says: not before
 * the deadline), whatever its age.
 */
public final class OpenCasesByAge {

    /** How many cases, and how many of them overdue. */
    public record Count(int cases, int overdue) {
        static final Count NONE = new Count(0, 0);

        Count plus(boolean isOverdue) {
            return new Count(cases + 1, overdue + (isOverdue ? 1 : 0));
        }
    }

    /** A case with its age, bucket and whether it is overdue. */
    public record AgedCase(OpenCase openCase, int ageBusinessDays, AgeBucket bucket, boolean overdue) {
    }

    private final UUID enterpriseId;
    private final Instant asOf;
    private final ZoneId zone;
    private final LocalDate today;
    private final List<AgedCase> cases;
    private final Map<DiscrepancyType, Map<AgeBucket, Count>> byTypeAndAge;

    private OpenCasesByAge(UUID enterpriseId, Instant asOf, ZoneId zone, LocalDate today, List<AgedCase> cases,
                           Map<DiscrepancyType, Map<AgeBucket, Count>> byTypeAndAge) {
        this.enterpriseId = enterpriseId;
        this.asOf = asOf;
        this.zone = zone;
        this.today = today;
        this.cases = cases;
        this.byTypeAndAge = byTypeAndAge;
    }

    /** Ages the cases on the calendar as of {@code asOf}; the list is oldest first. */
    public static OpenCasesByAge of(UUID enterpriseId, List<OpenCase> openCases, BusinessCalendar calendar, Instant asOf) {
        Objects.requireNonNull(enterpriseId, "enterpriseId");
        LocalDate today = asOf.atZone(calendar.zone()).toLocalDate();
        // Many cases share an opening day: each day's age is counted once.
        Map<LocalDate, Integer> ageByOpeningDay = new HashMap<>();
        Map<DiscrepancyType, Map<AgeBucket, Count>> counts = new EnumMap<>(DiscrepancyType.class);
        List<AgedCase> aged = openCases.stream().map(c -> {
            LocalDate opened = c.openedAt().atZone(calendar.zone()).toLocalDate();
            int age = ageByOpeningDay.computeIfAbsent(opened, day -> businessDaysAfter(calendar, day, today));
            AgedCase a = new AgedCase(c, age, AgeBucket.of(age), !asOf.isBefore(c.deadline()));
            counts.computeIfAbsent(c.type(), type -> new EnumMap<>(AgeBucket.class)).merge(a.bucket(), Count.NONE.plus(a.overdue()),
                    (was, one) -> new Count(was.cases() + one.cases(), was.overdue() + one.overdue()));
            return a;
        }).sorted(Comparator.comparingInt(AgedCase::ageBusinessDays).reversed()
                .thenComparing(a -> a.openCase().openedAt()).thenComparing(a -> a.openCase().id())).toList();
        return new OpenCasesByAge(enterpriseId, asOf, calendar.zone(), today, aged, counts);
    }

    /** Business days after {@code opened} up to and including {@code today}; none when it was opened today (or later). */
    static int businessDaysAfter(BusinessCalendar calendar, LocalDate opened, LocalDate today) {
        int days = 0;
        for (LocalDate day = opened.plusDays(1); !day.isAfter(today); day = day.plusDays(1)) {
            if (calendar.isBusinessDay(day)) {
                days++;
            }
        }
        return days;
    }

    public UUID enterpriseId() {
        return enterpriseId;
    }

    public Instant asOf() {
        return asOf;
    }

    /** The calendar's zone: the days are counted, and the report's times are shown, in it. */
    public ZoneId zone() {
        return zone;
    }

    public LocalDate today() {
        return today;
    }

    /** Oldest first (then by opening time). */
    public List<AgedCase> cases() {
        return cases;
    }

    /** The types with at least one open case, in the order of {@link DiscrepancyType}. */
    public List<DiscrepancyType> types() {
        return List.copyOf(byTypeAndAge.keySet());
    }

    public Count of(DiscrepancyType type, AgeBucket bucket) {
        return byTypeAndAge.getOrDefault(type, Map.of()).getOrDefault(bucket, Count.NONE);
    }

    public Count ofType(DiscrepancyType type) {
        return sum(byTypeAndAge.getOrDefault(type, Map.of()).values().stream().toList());
    }

    public Count ofAge(AgeBucket bucket) {
        return sum(byTypeAndAge.values().stream().map(byAge -> byAge.getOrDefault(bucket, Count.NONE)).toList());
    }

    public Count total() {
        return sum(byTypeAndAge.values().stream().flatMap(byAge -> byAge.values().stream()).toList());
    }

    private static Count sum(List<Count> counts) {
        return new Count(counts.stream().mapToInt(Count::cases).sum(), counts.stream().mapToInt(Count::overdue).sum());
    }
}
