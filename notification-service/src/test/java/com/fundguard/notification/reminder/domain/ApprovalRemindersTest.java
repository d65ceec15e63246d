package com.fundguard.notification.reminder.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fundguard.calendar.BusinessCalendar;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Remind after 4 business hours, escalate 2 business hours after the reminder; pending since Friday 16:00 Shanghai. */
class ApprovalRemindersTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final BusinessCalendar OFFICE = BusinessCalendar.mondayToFriday(SHANGHAI, LocalTime.of(9, 0), LocalTime.of(18, 0));

    static final UUID ENTERPRISE = UUID.randomUUID();
    static final UUID APPROVER = UUID.randomUUID();
    static final UUID NEXT_AUTHORIZER = UUID.randomUUID();
    static final UUID ADMIN = UUID.randomUUID();
    static final ReminderPolicy POLICY = new ReminderPolicy(ENTERPRISE, OFFICE, Duration.ofHours(4), Duration.ofHours(2));

    static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    static PendingApproval pendingSinceFridayAfternoon(Set<UUID> nextAuthorizers) {
        return new PendingApproval(ENTERPRISE, UUID.randomUUID(), "TR-20261120-000001", 1,
                shanghai("2026-11-20T16:00"), Set.of(APPROVER), nextAuthorizers, Set.of(ADMIN));
    }

    static FollowUpDecision at(String shanghaiTime, ReminderPolicy policy, ApprovalFollowUp state) {
        return new ApprovalReminders(Clock.fixed(shanghai(shanghaiTime), ZoneOffset.UTC)).followUp(policy, state);
    }

    @Test
    void nothingIsDueBeforeTheBusinessHoursHavePassedAndTheWeekendDoesNotCount() {
        var state = ApprovalFollowUp.of(pendingSinceFridayAfternoon(Set.of(NEXT_AUTHORIZER)));

        assertThat(at("2026-11-22T12:00", POLICY, state)).isEqualTo(new FollowUpDecision.NotYet(shanghai("2026-11-23T11:00")));
        assertThat(at("2026-11-23T10:59", POLICY, state)).isInstanceOf(FollowUpDecision.NotYet.class);
    }

    @Test
    void theApproversAreRemindedOnceTheBusinessHoursHavePassed() {
        var state = ApprovalFollowUp.of(pendingSinceFridayAfternoon(Set.of(NEXT_AUTHORIZER)));

        var decision = (FollowUpDecision.RemindApprovers) at("2026-11-23T11:00", POLICY, state);

        assertThat(decision.recipients()).containsExactly(APPROVER);
        assertThat(decision.next().remindedAt()).isEqualTo(shanghai("2026-11-23T11:00"));
    }

    @Test
    void aHolidayDelaysTheReminderByABusinessDay() {
        ReminderPolicy mondayOff = new ReminderPolicy(ENTERPRISE, OFFICE.withHolidays(List.of(LocalDate.parse("2026-11-23"))),
                Duration.ofHours(4), Duration.ofHours(2));
        var state = ApprovalFollowUp.of(pendingSinceFridayAfternoon(Set.of()));

        assertThat(at("2026-11-23T11:00", mondayOff, state)).isEqualTo(new FollowUpDecision.NotYet(shanghai("2026-11-24T11:00")));
    }

    @Test
    void anExtraWorkingSaturdayBringsTheReminderForward() {
        ReminderPolicy saturdayWorked = new ReminderPolicy(ENTERPRISE,
                OFFICE.withExtraWorkingDays(List.of(LocalDate.parse("2026-11-21"))), Duration.ofHours(4), Duration.ofHours(2));
        var state = ApprovalFollowUp.of(pendingSinceFridayAfternoon(Set.of()));

        assertThat(at("2026-11-21T11:00", saturdayWorked, state)).isInstanceOf(FollowUpDecision.RemindApprovers.class);
    }

    @Test
    void escalatesToTheNextAuthorizerTheFurtherHoursAfterTheReminder() {
        var reminded = ApprovalFollowUp.of(pendingSinceFridayAfternoon(Set.of(NEXT_AUTHORIZER))).remind(shanghai("2026-11-23T11:00"));

        assertThat(at("2026-11-23T12:59", POLICY, reminded)).isEqualTo(new FollowUpDecision.NotYet(shanghai("2026-11-23T13:00")));
        var decision = (FollowUpDecision.Escalate) at("2026-11-23T13:00", POLICY, reminded);

        assertThat(decision.target()).isEqualTo(new EscalationTarget.NextAuthorizers(Set.of(NEXT_AUTHORIZER)));
        assertThat(decision.next().remindedAt()).isEqualTo(shanghai("2026-11-23T11:00"));
        assertThat(decision.next().escalatedAt()).isEqualTo(shanghai("2026-11-23T13:00"));
    }

    @Test
    void escalatesToTheEnterpriseAdminWhenNoAuthorizerFollowsTheStep() {
        var reminded = ApprovalFollowUp.of(pendingSinceFridayAfternoon(Set.of())).remind(shanghai("2026-11-23T11:00"));

        var decision = (FollowUpDecision.Escalate) at("2026-11-23T13:00", POLICY, reminded);

        assertThat(decision.target()).isEqualTo(new EscalationTarget.EnterpriseAdmins(Set.of(ADMIN)));
    }

    @Test
    void anApprovalOverdueForBothIsRemindedFirstAndEscalatedOnlyAfterTheFurtherHours() {
        var state = ApprovalFollowUp.of(pendingSinceFridayAfternoon(Set.of(NEXT_AUTHORIZER)));

        var reminder = (FollowUpDecision.RemindApprovers) at("2026-11-25T17:00", POLICY, state);
        var sameMomentAgain = at("2026-11-25T17:00", POLICY, reminder.next());

        assertThat(sameMomentAgain).isEqualTo(new FollowUpDecision.NotYet(shanghai("2026-11-26T10:00")));
    }

    @Test
    void nothingIsSentTwice() {
        var state = ApprovalFollowUp.of(pendingSinceFridayAfternoon(Set.of(NEXT_AUTHORIZER)));
        var reminder = (FollowUpDecision.RemindApprovers) at("2026-11-23T11:00", POLICY, state);
        var escalation = (FollowUpDecision.Escalate) at("2026-11-23T13:00", POLICY, reminder.next());

        assertThat(at("2026-11-23T11:00", POLICY, reminder.next())).isInstanceOf(FollowUpDecision.NotYet.class);
        assertThat(at("2026-11-23T13:00", POLICY, escalation.next())).isEqualTo(new FollowUpDecision.NothingMore());
        assertThat(at("2026-12-31T13:00", POLICY, escalation.next())).isEqualTo(new FollowUpDecision.NothingMore());
    }

    @Test
    void refusesToDecideWithAnotherEnterprisesPolicy() {
        ReminderPolicy otherEnterprise = new ReminderPolicy(UUID.randomUUID(), OFFICE, Duration.ofHours(4), Duration.ofHours(2));
        var state = ApprovalFollowUp.of(pendingSinceFridayAfternoon(Set.of()));

        assertThatThrownBy(() -> at("2026-11-23T11:00", otherEnterprise, state)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPendingApprovalNeedsSomeoneToRemindAndSomeoneToEscalateTo() {
        Instant since = shanghai("2026-11-20T16:00");
        UUID transfer = UUID.randomUUID();

        assertThatThrownBy(() -> new PendingApproval(ENTERPRISE, transfer, "TR-1", 1, since, Set.of(), Set.of(), Set.of(ADMIN)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PendingApproval(ENTERPRISE, transfer, "TR-1", 1, since, Set.of(APPROVER), Set.of(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReminderPolicy(ENTERPRISE, OFFICE, Duration.ZERO, Duration.ofHours(2)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
