package com.fundguard.notification.reminder.application;

import com.fundguard.calendar.BusinessCalendar;
import com.fundguard.notification.reminder.domain.ReminderPolicy;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

/**
 * The policy of an enterprise that set none: the platform's settings, no holidays (this service knows no country's
 * calendar; each enterprise enters its own list).
 */
public record ReminderDefaults(Duration remindAfter, Duration escalateAfterReminder, ZoneId zone, LocalTime opens,
                               LocalTime closes, Set<DayOfWeek> weekend) {

    public ReminderPolicy policyOf(UUID enterpriseId) {
        return new ReminderPolicy(enterpriseId, new BusinessCalendar(zone, opens, closes, weekend, Set.of(), Set.of()),
                remindAfter, escalateAfterReminder);
    }
}
