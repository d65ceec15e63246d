package com.fundguard.notification.reminder.adapter.out.persistence;

import com.fundguard.notification.reminder.application.ReminderPolicies;
import com.fundguard.calendar.BusinessCalendar;
import com.fundguard.notification.reminder.domain.ReminderPolicy;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reminder policies in PostgreSQL: one row per enterprise ({@code reminder_policy}, durations in whole minutes, the
 * weekend as day names), its holidays and extra working days one row each ({@code reminder_calendar_day}).
 */
public class JdbcReminderPolicies implements ReminderPolicies {

    private final JdbcClient jdbc;

    public JdbcReminderPolicies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ReminderPolicy> find(UUID enterpriseId) {
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> extraWorkingDays = new HashSet<>();
        jdbc.sql("SELECT day, kind FROM reminder_calendar_day WHERE enterprise_id = ?").param(enterpriseId)
                .query((rs, n) -> (rs.getString("kind").equals("HOLIDAY") ? holidays : extraWorkingDays)
                        .add(rs.getDate("day").toLocalDate()))
                .list();
        return jdbc.sql("SELECT * FROM reminder_policy WHERE enterprise_id = ?").param(enterpriseId)
                .query((rs, n) -> new ReminderPolicy(enterpriseId,
                        new BusinessCalendar(ZoneId.of(rs.getString("zone")), rs.getTime("opens").toLocalTime(),
                                rs.getTime("closes").toLocalTime(), weekend(rs.getString("weekend")), holidays, extraWorkingDays),
                        Duration.ofMinutes(rs.getLong("remind_after_minutes")),
                        Duration.ofMinutes(rs.getLong("escalate_after_reminder_minutes"))))
                .optional();
    }

    @Override
    public void save(ReminderPolicy policy, UUID setBy, Instant setAt) {
        BusinessCalendar calendar = policy.calendar();
        jdbc.sql("""
                        INSERT INTO reminder_policy (enterprise_id, remind_after_minutes, escalate_after_reminder_minutes, zone,
                                                     opens, closes, weekend, set_by, set_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (enterprise_id) DO UPDATE SET remind_after_minutes = EXCLUDED.remind_after_minutes,
                            escalate_after_reminder_minutes = EXCLUDED.escalate_after_reminder_minutes, zone = EXCLUDED.zone,
                            opens = EXCLUDED.opens, closes = EXCLUDED.closes, weekend = EXCLUDED.weekend,
                            set_by = EXCLUDED.set_by, set_at = EXCLUDED.set_at
                        """)
                .params(policy.enterpriseId(), policy.remindAfter().toMinutes(), policy.escalateAfterReminder().toMinutes(),
                        calendar.zone().getId(), Time.valueOf(calendar.opens()), Time.valueOf(calendar.closes()),
                        calendar.weekend().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(",")),
                        setBy, Timestamp.from(setAt))
                .update();
        jdbc.sql("DELETE FROM reminder_calendar_day WHERE enterprise_id = ?").param(policy.enterpriseId()).update();
        calendar.holidays().forEach(day -> day(policy.enterpriseId(), day, "HOLIDAY"));
        calendar.extraWorkingDays().forEach(day -> day(policy.enterpriseId(), day, "EXTRA_WORKING_DAY"));
    }

    private void day(UUID enterpriseId, LocalDate day, String kind) {
        jdbc.sql("INSERT INTO reminder_calendar_day (enterprise_id, day, kind) VALUES (?, ?, ?)")
                .params(enterpriseId, java.sql.Date.valueOf(day), kind).update();
    }

    private static Set<DayOfWeek> weekend(String names) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (!names.isEmpty()) {
            Arrays.stream(names.split(",")).map(DayOfWeek::valueOf).forEach(days::add);
        }
        return days;
    }
}
