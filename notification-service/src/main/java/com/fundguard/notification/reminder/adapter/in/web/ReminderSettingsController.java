package com.fundguard.notification.reminder.adapter.in.web;

import com.fundguard.notification.reminder.application.EnterpriseReminderPolicies;
import com.fundguard.calendar.BusinessCalendar;
import com.fundguard.notification.reminder.domain.ReminderPolicy;
import com.fundguard.security.caller.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import com.fundguard.web.ApiProblems;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The enterprise's reminder policy, read and set by its admins only: after how much business time a waiting approval
 * reminds its approvers and, after the reminder, is escalated; the business calendar that time is counted on.
 */
@RestController
@RequestMapping("/api/enterprises/{enterpriseId}/notification-settings/reminders")
class ReminderSettingsController {

    private static final String ADMIN = "ENTERPRISE_ADMIN";
    /** Reminders count hours of business time; a longer wait than a month of it is a typing error. */
    private static final Duration LONGEST = Duration.ofDays(30);

    private final EnterpriseReminderPolicies policies;

    ReminderSettingsController(EnterpriseReminderPolicies policies) {
        this.policies = policies;
    }

    /**
     * @param holidays         days off besides the weekend (may be omitted: none)
     * @param extraWorkingDays weekend days worked to make up for a holiday (may be omitted: none)
     */
    record ReminderSettingsBody(@NotNull Duration remindAfter, @NotNull Duration escalateAfterReminder,
                                @NotNull String zone, @NotNull LocalTime opens, @NotNull LocalTime closes,
                                @NotNull List<@NotNull DayOfWeek> weekend,
                                @Size(max = 400) List<@NotNull LocalDate> holidays,
                                @Size(max = 400) List<@NotNull LocalDate> extraWorkingDays) {

        private static final String DURATION = "must be whole minutes, at least PT1M and at most PT720H (e.g. PT4H)";

        /**
         * The checks Bean Validation cannot name a field for here (a boolean {@code isX()} would hide field {@code x}
         * from Jackson), each naming the field the client wrote; the domain checks again.
         */
        void check() {
            requireThat(wholeMinutesInRange(remindAfter), "remindAfter", DURATION);
            requireThat(wholeMinutesInRange(escalateAfterReminder), "escalateAfterReminder", DURATION);
            requireThat(ZoneId.getAvailableZoneIds().contains(zone), "zone", "must be a known time zone (e.g. Asia/Shanghai)");
            requireThat(opens.isBefore(closes), "closes", "must be after opens");
            requireThat(new HashSet<>(weekend).size() < DayOfWeek.values().length, "weekend",
                    "cannot hold all seven days: there would be no business time");
            requireThat(extraWorkingDays == null || holidays == null || extraWorkingDays.stream().noneMatch(holidays::contains),
                    "extraWorkingDays", "cannot name a day that is also a holiday");
        }

        private static void requireThat(boolean holds, String field, String message) {
            if (!holds) {
                throw new InvalidSettingException(field, message);
            }
        }

        private static boolean wholeMinutesInRange(Duration duration) {
            return duration.compareTo(Duration.ofMinutes(1)) >= 0 && duration.compareTo(LONGEST) <= 0
                    && duration.toSecondsPart() == 0 && duration.toNanosPart() == 0;
        }

        ReminderPolicy toPolicy(UUID enterpriseId) {
            Set<DayOfWeek> days = weekend.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekend);
            return new ReminderPolicy(enterpriseId, new BusinessCalendar(ZoneId.of(zone), opens, closes, days,
                    Set.copyOf(holidays == null ? List.of() : holidays),
                    Set.copyOf(extraWorkingDays == null ? List.of() : extraWorkingDays)),
                    remindAfter, escalateAfterReminder);
        }

        static ReminderSettingsBody of(ReminderPolicy policy) {
            BusinessCalendar calendar = policy.calendar();
            return new ReminderSettingsBody(policy.remindAfter(), policy.escalateAfterReminder(), calendar.zone().getId(),
                    calendar.opens(), calendar.closes(), calendar.weekend().stream().sorted().toList(),
                    calendar.holidays().stream().sorted().toList(), calendar.extraWorkingDays().stream().sorted().toList());
        }
    }

    @GetMapping
    ReminderSettingsBody read(@PathVariable UUID enterpriseId, @AuthenticationPrincipal Jwt token) {
        Caller.of(token).personHolding(enterpriseId, ADMIN, "reads the enterprise's reminder settings");
        return ReminderSettingsBody.of(policies.of(enterpriseId));
    }

    @PutMapping
    ReminderSettingsBody set(@PathVariable UUID enterpriseId, @Valid @RequestBody ReminderSettingsBody body,
                             @AuthenticationPrincipal Jwt token) {
        UUID admin = Caller.of(token).personHolding(enterpriseId, ADMIN, "sets the enterprise's reminder settings");
        body.check();
        return ReminderSettingsBody.of(policies.set(body.toPolicy(enterpriseId), admin));
    }

    /** A setting that passed the annotations but not a check of its own; nothing is changed. */
    static class InvalidSettingException extends RuntimeException {

        final String field;

        InvalidSettingException(String field, String message) {
            super(message);
            this.field = field;
        }
    }

    @ExceptionHandler(InvalidSettingException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidSettingException e) {
        return ResponseEntity.badRequest().body(ApiProblems.fieldProblem(e.field, e.getMessage()));
    }
}
