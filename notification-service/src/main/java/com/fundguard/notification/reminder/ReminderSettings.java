package com.fundguard.notification.reminder;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code fundguard.notification.reminders.*} ({@code scan-every}, PT1M, is read by the schedule itself).
 *
 * @param batch          waiting steps looked at per scan round
 * @param lookAgainAfter when a step is looked at again if nobody holds its role, no admin exists or the directory did
 *                       not answer
 * @param defaults       the policy of an enterprise that set none
 */
@ConfigurationProperties("fundguard.notification.reminders")
record ReminderSettings(@DefaultValue("50") int batch, @DefaultValue("PT15M") Duration lookAgainAfter,
                        @DefaultValue Defaults defaults) {

    record Defaults(@DefaultValue("PT4H") Duration remindAfter, @DefaultValue("PT4H") Duration escalateAfterReminder,
                    @DefaultValue("Asia/Shanghai") ZoneId zone, @DefaultValue("09:00") LocalTime opens,
                    @DefaultValue("18:00") LocalTime closes, @DefaultValue({"SATURDAY", "SUNDAY"}) Set<DayOfWeek> weekend) {
    }
}
