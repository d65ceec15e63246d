package com.fundguard.notification.reminder.domain;

import com.fundguard.calendar.BusinessCalendar;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

/**
 * An enterprise's setting: an approval pending for {@code remindAfter} of business time reminds its approvers; when
 * {@code escalateAfterReminder} more business time has passed since that reminder, it is escalated. Both count
 * business time of the enterprise's {@code calendar}.
 */
public record ReminderPolicy(UUID enterpriseId, BusinessCalendar calendar, Duration remindAfter,
                             Duration escalateAfterReminder) {

    public ReminderPolicy {
        Objects.requireNonNull(enterpriseId, "enterpriseId");
        Objects.requireNonNull(calendar, "calendar");
        requirePositive(remindAfter, "remindAfter");
        requirePositive(escalateAfterReminder, "escalateAfterReminder");
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException(name + " must be a positive duration: " + duration);
        }
    }
}
