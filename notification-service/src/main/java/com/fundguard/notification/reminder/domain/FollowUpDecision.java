package com.fundguard.notification.reminder.domain;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** The answer of {@link ApprovalReminders#followUp}: one act to carry out now, or when to look again, or nothing ever. */
public sealed interface FollowUpDecision {

    /** Tell the approvers; keep {@code next} as the new state. */
    record RemindApprovers(ApprovalFollowUp.Reminded next, Set<UUID> recipients) implements FollowUpDecision {
    }

    /** Tell the escalation target; keep {@code next} as the new state. */
    record Escalate(ApprovalFollowUp.Escalated next, EscalationTarget target) implements FollowUpDecision {
    }

    /** Nothing is due before {@code checkAgainAt}. */
    record NotYet(Instant checkAgainAt) implements FollowUpDecision {
    }

    /** Reminded and escalated already: nothing more will be sent about this step. */
    record NothingMore() implements FollowUpDecision {
    }
}
