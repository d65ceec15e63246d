package com.fundguard.notification.reminder.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One step of a transfer's approval waiting for a decision since {@code pendingSince}: who may decide it
 * ({@code approvers}), who would decide next ({@code nextAuthorizers}, empty on the last step) and the enterprise's
 * admins, told when nobody follows. A new step is a new pending approval with its own reminders.
 */
public record PendingApproval(UUID enterpriseId, UUID transferId, String transferReference, int step,
                              Instant pendingSince, Set<UUID> approvers, Set<UUID> nextAuthorizers,
                              Set<UUID> enterpriseAdmins) {

    public PendingApproval {
        Objects.requireNonNull(enterpriseId, "enterpriseId");
        Objects.requireNonNull(transferId, "transferId");
        Objects.requireNonNull(transferReference, "transferReference");
        Objects.requireNonNull(pendingSince, "pendingSince");
        if (step < 1) {
            throw new IllegalArgumentException("approval steps count from 1: " + step);
        }
        approvers = Set.copyOf(approvers);
        nextAuthorizers = Set.copyOf(nextAuthorizers);
        enterpriseAdmins = Set.copyOf(enterpriseAdmins);
        if (approvers.isEmpty()) {
            throw new IllegalArgumentException("a pending approval has someone who may decide it");
        }
        if (enterpriseAdmins.isEmpty()) {
            // An escalation told to nobody would be a silent one.
            throw new IllegalArgumentException("an enterprise has at least one admin to escalate to");
        }
    }

    /** The next authorizers when there are any, otherwise the enterprise's admins. */
    public EscalationTarget escalationTarget() {
        return nextAuthorizers.isEmpty()
                ? new EscalationTarget.EnterpriseAdmins(enterpriseAdmins)
                : new EscalationTarget.NextAuthorizers(nextAuthorizers);
    }
}
