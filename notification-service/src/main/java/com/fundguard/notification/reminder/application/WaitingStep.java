package com.fundguard.notification.reminder.application;

import com.fundguard.notification.reminder.domain.ApprovalFollowUp;
import com.fundguard.notification.reminder.domain.PendingApproval;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One step of a transfer's route that waits for a decision, as kept between scans: since when, and what has been sent
 * about it. Who may decide it is not kept: the directory is asked when the step is followed up, so the people who
 * hold the role then are told.
 *
 * @param stepIndex index into the route's steps (0: the first step)
 */
public record WaitingStep(UUID enterpriseId, UUID transferId, int stepIndex, Instant pendingSince, Stage stage,
                          Optional<Instant> remindedAt, Optional<Instant> escalatedAt) {

    /** How far the follow-up went: one value per state of {@link ApprovalFollowUp}. */
    public enum Stage { NOT_REMINDED, REMINDED, ESCALATED }

    public WaitingStep {
        Objects.requireNonNull(enterpriseId);
        Objects.requireNonNull(transferId);
        Objects.requireNonNull(pendingSince);
        Objects.requireNonNull(stage);
        Objects.requireNonNull(remindedAt);
        Objects.requireNonNull(escalatedAt);
    }

    /** The domain's state for this step, with the people of {@code approval} as the directory lists them now. */
    public ApprovalFollowUp followUp(PendingApproval approval) {
        return switch (stage) {
            case NOT_REMINDED -> ApprovalFollowUp.of(approval);
            case REMINDED -> ApprovalFollowUp.of(approval).remind(remindedAt.orElseThrow());
            case ESCALATED -> ApprovalFollowUp.of(approval).remind(remindedAt.orElseThrow()).escalate(escalatedAt.orElseThrow());
        };
    }

    /** This step after {@code state} was reached. */
    public WaitingStep at(ApprovalFollowUp state) {
        return switch (state) {
            case ApprovalFollowUp.NotReminded n -> new WaitingStep(enterpriseId, transferId, stepIndex, pendingSince,
                    Stage.NOT_REMINDED, Optional.empty(), Optional.empty());
            case ApprovalFollowUp.Reminded r -> new WaitingStep(enterpriseId, transferId, stepIndex, pendingSince,
                    Stage.REMINDED, Optional.of(r.remindedAt()), Optional.empty());
            case ApprovalFollowUp.Escalated e -> new WaitingStep(enterpriseId, transferId, stepIndex, pendingSince,
                    Stage.ESCALATED, Optional.of(e.remindedAt()), Optional.of(e.escalatedAt()));
        };
    }
}
