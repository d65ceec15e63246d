package com.fundguard.reconciliation.discrepancy.domain;

import com.fundguard.calendar.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * When a case of each type is due: the n-th business day after the day it was opened, at a time of day, both on the
 * enterprise's business calendar (e.g. the next business day at 12:00). A type without a rule of its own has the
 * default rule.
 */
public record DeadlinePolicy(Rule byDefault, Map<DiscrepancyType, Rule> byType) {

    /**
     * @param businessDays business days after the day of opening; 0 is the day itself if it is a business day and the
     *                     time is still ahead, else the next business day
     * @param at           local time on that day, in the calendar's zone
     */
    public record Rule(int businessDays, LocalTime at) {

        public Rule {
            Objects.requireNonNull(at, "at");
            if (businessDays < 0) {
                throw new IllegalArgumentException("business days after opening cannot be negative: " + businessDays);
            }
        }
    }

    public DeadlinePolicy {
        Objects.requireNonNull(byDefault, "byDefault");
        byType = byType.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(byType));
    }

    public Rule ruleFor(DiscrepancyType type) {
        return byType.getOrDefault(type, byDefault);
    }

    public Instant deadlineOf(DiscrepancyType type, Instant openedAt, BusinessCalendar calendar) {
        Rule rule = ruleFor(type);
        LocalDate opened = openedAt.atZone(calendar.zone()).toLocalDate();
        LocalDate day;
        if (rule.businessDays() == 0) {
            Instant sameDay = opened.atTime(rule.at()).atZone(calendar.zone()).toInstant();
            day = calendar.isBusinessDay(opened) && openedAt.isBefore(sameDay) ? opened : calendar.nextBusinessDayAfter(opened);
        } else {
            day = opened;
            for (int i = 0; i < rule.businessDays(); i++) {
                day = calendar.nextBusinessDayAfter(day);
            }
        }
        return day.atTime(rule.at()).atZone(calendar.zone()).toInstant();
    }
}
