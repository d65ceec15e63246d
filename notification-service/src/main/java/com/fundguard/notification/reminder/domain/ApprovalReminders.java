package com.fundguard.notification.reminder.domain;

import com.fundguard.calendar.BusinessCalendar;
import java.time.Clock;
import java.time.Instant;

/**
 * Decides, from an enterprise's {@link ReminderPolicy} and what was already sent, whether a pending approval is due for
 * a reminder or an escalation now. Pure: the decision depends only on its arguments and the injected clock, and the
 * caller stores the returned state before (or in the same transaction as) sending, so a redelivery decides nothing twice.
 *
 * <p>The escalation is counted from the time the reminder was actually sent, not from when it was due: after an outage
 * the approvers still get their full grace period before their next authorizer or admin hears of it, and an approval
 * that is overdue for both gets the reminder first and the escalation on a later call.
 */
public final class ApprovalReminders {

    private final Clock clock;

    public ApprovalReminders(Clock clock) {
        this.clock = clock;
    }

    public FollowUpDecision followUp(ReminderPolicy policy, ApprovalFollowUp state) {
        PendingApproval approval = state.approval();
        if (!policy.enterpriseId().equals(approval.enterpriseId())) {
            throw new IllegalArgumentException("the policy of enterprise " + policy.enterpriseId()
                    + " cannot decide about an approval of enterprise " + approval.enterpriseId());
        }
        Instant now = clock.instant();
        BusinessCalendar calendar = policy.calendar();
        return switch (state) {
            case ApprovalFollowUp.NotReminded notReminded -> {
                Instant due = calendar.plusBusinessTime(approval.pendingSince(), policy.remindAfter());
                yield now.isBefore(due)
                        ? new FollowUpDecision.NotYet(due)
                        : new FollowUpDecision.RemindApprovers(notReminded.remind(now), approval.approvers());
            }
            case ApprovalFollowUp.Reminded reminded -> {
                Instant due = calendar.plusBusinessTime(reminded.remindedAt(), policy.escalateAfterReminder());
                yield now.isBefore(due)
                        ? new FollowUpDecision.NotYet(due)
                        : new FollowUpDecision.Escalate(reminded.escalate(now), approval.escalationTarget());
            }
            case ApprovalFollowUp.Escalated escalated -> new FollowUpDecision.NothingMore();
        };
    }
}
