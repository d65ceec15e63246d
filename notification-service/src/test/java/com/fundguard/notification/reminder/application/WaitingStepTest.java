package com.fundguard.notification.reminder.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.fundguard.notification.reminder.domain.ApprovalFollowUp;
import com.fundguard.notification.reminder.domain.PendingApproval;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What is kept between scans restores the domain's state it was made from, at every stage. */
class WaitingStepTest {

    final Instant since = Instant.parse("2026-11-20T08:00:00Z");
    final Instant reminded = Instant.parse("2026-11-24T03:00:00Z");
    final Instant escalated = Instant.parse("2026-11-24T05:00:00Z");
    final WaitingStep step = new WaitingStep(UUID.randomUUID(), UUID.randomUUID(), 0, since,
            WaitingStep.Stage.NOT_REMINDED, Optional.empty(), Optional.empty());
    final PendingApproval approval = new PendingApproval(step.enterpriseId(), step.transferId(), "TR-1", 1, since,
            Set.of(UUID.randomUUID()), Set.of(), Set.of(UUID.randomUUID()));

    @Test
    void eachStageIsKeptAndRestoredAsTheStateItCameFrom() {
        ApprovalFollowUp.NotReminded notReminded = ApprovalFollowUp.of(approval);
        ApprovalFollowUp.Reminded remindedState = notReminded.remind(reminded);
        ApprovalFollowUp.Escalated escalatedState = remindedState.escalate(escalated);

        for (ApprovalFollowUp state : new ApprovalFollowUp[] {notReminded, remindedState, escalatedState}) {
            assertThat(step.at(state).followUp(approval)).as(state.getClass().getSimpleName()).isEqualTo(state);
        }
        assertThat(step.at(escalatedState)).isEqualTo(new WaitingStep(step.enterpriseId(), step.transferId(), 0, since,
                WaitingStep.Stage.ESCALATED, Optional.of(reminded), Optional.of(escalated)));
    }
}
