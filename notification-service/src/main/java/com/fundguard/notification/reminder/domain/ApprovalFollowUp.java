package com.fundguard.notification.reminder.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * What has already been sent about one pending approval. Each state offers only its legal next act, so a reminder
 * cannot be sent twice and an escalation cannot come before the reminder or twice: {@link Escalated} has no act.
 */
public sealed interface ApprovalFollowUp {

    PendingApproval approval();

    /** The starting state: nothing sent yet. */
    static NotReminded of(PendingApproval approval) {
        return new NotReminded(approval);
    }

    record NotReminded(PendingApproval approval) implements ApprovalFollowUp {
        public NotReminded {
            Objects.requireNonNull(approval, "approval");
        }

        /** The approvers are reminded at {@code at}. */
        public Reminded remind(Instant at) {
            return new Reminded(approval, at);
        }
    }

    record Reminded(PendingApproval approval, Instant remindedAt) implements ApprovalFollowUp {
        public Reminded {
            Objects.requireNonNull(approval, "approval");
            Objects.requireNonNull(remindedAt, "remindedAt");
        }

        /** The approval is escalated at {@code at}; the reminder's time is kept. */
        public Escalated escalate(Instant at) {
            return new Escalated(approval, remindedAt, at);
        }
    }

    /** Final: nothing more is sent about this approval step. */
    record Escalated(PendingApproval approval, Instant remindedAt, Instant escalatedAt) implements ApprovalFollowUp {
        public Escalated {
            Objects.requireNonNull(approval, "approval");
            Objects.requireNonNull(remindedAt, "remindedAt");
            Objects.requireNonNull(escalatedAt, "escalatedAt");
        }
    }
}
