package com.fundguard.bankconnector.execution.domain;

import static com.fundguard.bankconnector.execution.domain.ExecutionTransitionTableTest.AGENT;
import static com.fundguard.bankconnector.execution.domain.ExecutionTransitionTableTest.POLICY;
import static com.fundguard.bankconnector.execution.domain.ExecutionTransitionTableTest.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExecutionTest {

    final ExecutionOrder order = ExecutionTransitionTableTest.order();
    final UUID claim = UUID.randomUUID();

    Execution sending() {
        Execution claimed = Execution.queue(order, T0).claim(AGENT, claim, POLICY, T0).execution();
        return claimed.startSending(claim, AGENT, T0).execution();
    }

    static AgentReport report(AgentReport.Outcome outcome, String reference, String reason) {
        return new AgentReport(outcome, Optional.ofNullable(reference), Optional.ofNullable(reason));
    }

    @Test
    void theEndToEndIdIsTheTransferIdInHexAndTheSameForEveryAttempt() {
        assertThat(order.endToEndId()).hasSize(32).isEqualTo(order.transferId().toString().replace("-", ""));
        Execution unknown = sending().expireLease(POLICY, T0.plusSeconds(61)).execution();
        Execution requeued = unknown.inquired(new InquiryAnswer.NoSuchOrder(), POLICY, T0.plusSeconds(200)).execution();
        assertThat(requeued.attempt()).isEqualTo(2);
        assertThat(requeued.order().endToEndId()).isEqualTo(order.endToEndId());
    }

    @Test
    void anOrderThatMayHaveLeftIsNotOfferedAgainUntilTheBankSaysItHasNone() {
        Execution.Changed expired = sending().expireLease(POLICY, T0.plusSeconds(61));
        Execution unknown = expired.execution();
        assertThat(unknown.state()).isEqualTo(ExecutionState.OUTCOME_UNKNOWN);
        assertThat(expired.events()).singleElement().isInstanceOf(ExecutionEvent.OutcomeUnknown.class);
        assertThat(unknown.nextInquiryAt()).contains(T0.plusSeconds(61).plus(POLICY.inquiryDelay()));
        assertThat(unknown.inquiryDue(T0.plusSeconds(62))).isFalse();
        assertThatThrownBy(() -> unknown.claim("another-agent", UUID.randomUUID(), POLICY, T0.plusSeconds(500)))
                .isInstanceOf(ExecutionRefused.class);

        Execution stillUnknown = unknown.inquired(new InquiryAnswer.Unanswered(Optional.empty()), POLICY, T0.plusSeconds(100)).execution();
        Execution pending = stillUnknown.inquired(new InquiryAnswer.Pending("PDNG"), POLICY, T0.plusSeconds(120)).execution();
        assertThat(pending.state()).isEqualTo(ExecutionState.OUTCOME_UNKNOWN);
        assertThat(pending.nextInquiryAt()).contains(T0.plusSeconds(120).plus(POLICY.inquiryBackoff().multipliedBy(2)));

        Execution.Changed requeued = pending.inquired(new InquiryAnswer.NoSuchOrder(), POLICY, T0.plusSeconds(200));
        assertThat(requeued.execution().state()).isEqualTo(ExecutionState.QUEUED);
        assertThat(requeued.events()).singleElement().isInstanceOf(ExecutionEvent.Requeued.class);
    }

    @Test
    void theBanksAnswerToAnInquirySettlesAnUnknownOutcome() {
        Execution unknown = sending().report(claim, AGENT, report(AgentReport.Outcome.OUTCOME_UNKNOWN, null, null), POLICY, T0).execution();

        Execution.Changed booked = unknown.inquired(new InquiryAnswer.Booked("FGSB-77"), POLICY, T0.plusSeconds(40));
        assertThat(booked.execution().state()).isEqualTo(ExecutionState.EXECUTED);
        assertThat(booked.execution().bankReference()).contains("FGSB-77");
        assertThat(booked.events()).singleElement().isEqualTo(new ExecutionEvent.Executed(order.transferId(), "FGSB-77", 1, true, T0.plusSeconds(40)));

        Execution.Changed rejected = unknown.inquired(new InquiryAnswer.Rejected("AM04"), POLICY, T0.plusSeconds(40));
        assertThat(rejected.execution().state()).isEqualTo(ExecutionState.FAILED);
        assertThat(rejected.execution().reasonCode()).contains("AM04");
    }

    @Test
    void theInquiryBackoffDoublesUpToItsCeiling() {
        assertThat(POLICY.backoffAfter(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(POLICY.backoffAfter(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(POLICY.backoffAfter(4)).isEqualTo(Duration.ofSeconds(80));
        assertThat(POLICY.backoffAfter(30)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aDuplicateAtTheBankIsNeverAFailureButAnInquiry() {
        Execution.Changed duplicate = sending().report(claim, AGENT, report(AgentReport.Outcome.DUPLICATE_AT_BANK, null, null), POLICY, T0);
        assertThat(duplicate.execution().state()).isEqualTo(ExecutionState.OUTCOME_UNKNOWN);
        assertThat(duplicate.events()).singleElement().isInstanceOf(ExecutionEvent.OutcomeUnknown.class);
    }

    @Test
    void aPinRefusedThreeTimesFailsTheTransferRatherThanLockingTheUkey() {
        Execution current = Execution.queue(order, T0);
        java.time.Instant now = T0;
        for (int attempt = 1; attempt < POLICY.maxNotSentAttempts(); attempt++) {
            UUID claimId = UUID.randomUUID();
            current = current.claim(AGENT, claimId, POLICY, now).execution()
                    .report(claimId, AGENT, report(AgentReport.Outcome.NOT_SENT, null, "PIN_REFUSED"), POLICY, now).execution();
            assertThat(current.state()).isEqualTo(ExecutionState.QUEUED);
            Execution tooEarly = current;
            java.time.Instant soon = now.plusSeconds(1);
            assertThatThrownBy(() -> tooEarly.claim(AGENT, UUID.randomUUID(), POLICY, soon)).isInstanceOf(ExecutionRefused.class);
            now = now.plus(POLICY.notSentBackoff());
        }
        UUID last = UUID.randomUUID();
        Execution.Changed failed = current.claim(AGENT, last, POLICY, now).execution()
                .report(last, AGENT, report(AgentReport.Outcome.NOT_SENT, null, "PIN_REFUSED"), POLICY, now);
        assertThat(failed.execution().state()).isEqualTo(ExecutionState.FAILED);
        assertThat(failed.execution().reasonCode()).contains("NOT_SENT:PIN_REFUSED");
    }

    @Test
    void aContentMismatchFailsTheTransferWithoutAnythingSent() {
        Execution claimed = Execution.queue(order, T0).claim(AGENT, claim, POLICY, T0).execution();
        Execution.Changed refused = claimed.report(claim, AGENT, report(AgentReport.Outcome.CONTENT_MISMATCH, null, null), POLICY, T0);
        assertThat(refused.execution().state()).isEqualTo(ExecutionState.FAILED);
        assertThat(refused.execution().reasonCode()).contains("CONTENT_MISMATCH");
    }

    @Test
    void theSameReportTwiceChangesNothingAndAnotherIsRefused() {
        AgentReport executed = report(AgentReport.Outcome.EXECUTED, "FGSB-1", null);
        Execution done = sending().report(claim, AGENT, executed, POLICY, T0).execution();

        Execution.Changed again = done.report(claim, AGENT, executed, POLICY, T0.plusSeconds(5));
        assertThat(again.execution()).isSameAs(done);
        assertThat(again.events()).isEmpty();
        assertThatThrownBy(() -> done.report(claim, AGENT, report(AgentReport.Outcome.FAILED, null, "AC01"), POLICY, T0))
                .isInstanceOfSatisfying(ExecutionRefused.class, e -> assertThat(e.reason()).isEqualTo(ExecutionRefused.Reason.ALREADY_REPORTED));
    }

    @Test
    void onlyTheAgentHoldingTheCurrentClaimActsOnIt() {
        Execution held = sending();
        assertThatThrownBy(() -> held.heartbeat(claim, "another-agent", POLICY, T0))
                .isInstanceOfSatisfying(ExecutionRefused.class, e -> assertThat(e.reason()).isEqualTo(ExecutionRefused.Reason.NOT_YOUR_CLAIM));
        assertThatThrownBy(() -> held.report(UUID.randomUUID(), AGENT, report(AgentReport.Outcome.EXECUTED, "X", null), POLICY, T0))
                .isInstanceOfSatisfying(ExecutionRefused.class, e -> assertThat(e.reason()).isEqualTo(ExecutionRefused.Reason.NOT_YOUR_CLAIM));
    }

    @Test
    void aLateReportOfAClaimTakenBackIsRefusedOnceTheTransferWasQueuedAgain() {
        Execution requeued = sending().expireLease(POLICY, T0.plusSeconds(61)).execution()
                .inquired(new InquiryAnswer.NoSuchOrder(), POLICY, T0.plusSeconds(200)).execution();
        assertThatThrownBy(() -> requeued.report(claim, AGENT, report(AgentReport.Outcome.EXECUTED, "LATE", null), POLICY, T0.plusSeconds(201)))
                .isInstanceOfSatisfying(ExecutionRefused.class, e -> assertThat(e.reason()).isEqualTo(ExecutionRefused.Reason.NOT_YOUR_CLAIM));
    }

    @Test
    void credentialsAreReleasedOnlyOnALiveLeaseBeforeSending() {
        Execution claimed = Execution.queue(order, T0).claim(AGENT, claim, POLICY, T0).execution();
        assertThat(claimed.releaseCredentials(claim, AGENT, T0.plusSeconds(59)).events())
                .singleElement().isInstanceOf(ExecutionEvent.CredentialsReleased.class);
        assertThatThrownBy(() -> claimed.releaseCredentials(claim, AGENT, T0.plusSeconds(60)))
                .isInstanceOfSatisfying(ExecutionRefused.class, e -> assertThat(e.reason()).isEqualTo(ExecutionRefused.Reason.LEASE_LOST));
        Execution sending = claimed.startSending(claim, AGENT, T0).execution();
        assertThatThrownBy(() -> sending.releaseCredentials(claim, AGENT, T0.plusSeconds(1))).isInstanceOf(ExecutionRefused.class);
    }
}
