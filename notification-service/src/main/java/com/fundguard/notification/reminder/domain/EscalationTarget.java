package com.fundguard.notification.reminder.domain;

import java.util.Set;
import java.util.UUID;

/** Whom an overdue approval is escalated to; the kind lets the message say why they are told. */
public sealed interface EscalationTarget {

    Set<UUID> recipients();

    /** The authorizers of the step after the overdue one. */
    record NextAuthorizers(Set<UUID> recipients) implements EscalationTarget {
        public NextAuthorizers {
            recipients = Set.copyOf(recipients);
        }
    }

    /** The enterprise's admins, when the overdue step is the last one. */
    record EnterpriseAdmins(Set<UUID> recipients) implements EscalationTarget {
        public EnterpriseAdmins {
            recipients = Set.copyOf(recipients);
        }
    }
}
