package com.fundguard.reconciliation.recall.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Asking for a recall: the window since execution, and only executed transfers. */
class RecallRequestTest {

    static final Instant EXECUTED_AT = Instant.parse("2026-03-16T02:00:00Z");
    static final RecallWindow DAY = new RecallWindow(Duration.ofHours(24));
    static final Recall.PayerBank BANK = new Recall.PayerBank("FGSANDBOX", "Hangzhou Tea Trading Co.");
    final UUID authorizer = UUID.randomUUID();

    static RecalledTransfer transfer(boolean executed, String status) {
        return new RecalledTransfer(UUID.randomUUID(), UUID.randomUUID(), "0f3a9c2e7b1d4e8f9a6b5c4d3e2f1a0b", "CN6222000011110001",
                new BigDecimal("1250.50"), Currency.getInstance("CNY"), executed, status, EXECUTED_AT);
    }

    Recall.RequestOutcome request(RecalledTransfer transfer, Instant now) {
        return Recall.request(UUID.randomUUID(), transfer, BANK, RecallReason.DUPLICATE_PAYMENT, authorizer, "key-1", DAY, now, Duration.ofMinutes(5));
    }

    @Test
    void anExecutedTransferWithinTheWindowIsRequestedToBeSentNowAndAgainLaterUnlessAnswered() {
        RecalledTransfer transfer = transfer(true, "EXECUTED");
        Instant now = EXECUTED_AT.plus(Duration.ofHours(24));

        Recall.RequestOutcome outcome = request(transfer, now);

        assertThat(outcome).isInstanceOfSatisfying(Recall.Requested.class, requested -> {
            Recall.Snapshot recall = requested.recall().snapshot();
            assertThat(recall.state()).isEqualTo(RecallState.REQUESTED);
            assertThat(recall.attempts()).isZero();
            assertThat(recall.nextAttemptAt()).contains(now.plus(Duration.ofMinutes(5)));
            assertThat(recall.bankCode()).isEqualTo("FGSANDBOX");
            assertThat(requested.event()).isEqualTo(new RecallEvent.RecallRequested(recall.id(), transfer.enterpriseId(), transfer.transferId(),
                    transfer.endToEndId(), transfer.payerAccount(), transfer.amount(), transfer.currency(), RecallReason.DUPLICATE_PAYMENT,
                    authorizer, now));
        });
    }

    @Test
    void aMomentAfterTheWindowTheRecallIsRefusedNamingTheWindow() {
        Instant now = EXECUTED_AT.plus(Duration.ofHours(24)).plusMillis(1);

        assertThat(request(transfer(true, "EXECUTED"), now)).isEqualTo(new Recall.Refused(
                new RecallRefusal.WindowClosed(Duration.ofHours(24), EXECUTED_AT, EXECUTED_AT.plus(Duration.ofHours(24)))));
    }

    @Test
    void aFailedTransferMovedNoMoneyAndAnUnknownOutcomeIsDecidedByInquiryFirst() {
        assertThat(request(transfer(false, "FAILED"), EXECUTED_AT)).isEqualTo(new Recall.Refused(new RecallRefusal.NotExecuted("FAILED")));
        assertThat(request(transfer(false, "OUTCOME_UNKNOWN"), EXECUTED_AT))
                .isEqualTo(new Recall.Refused(new RecallRefusal.NotExecuted("OUTCOME_UNKNOWN")));
    }
}
