package com.fundguard.reconciliation.movement.adapter.in.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fundguard.reconciliation.movement.application.ExpectedMovements;
import com.fundguard.reconciliation.movement.domain.ExpectedMovement;
import com.fundguard.reconciliation.movement.domain.MovementStatus;
import com.fundguard.test.infrastructure.WithRealInfrastructure;
import com.fundguard.test.kafka.PlatformEvents;
import com.fundguard.test.kafka.TopicReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * bank-connector's execution events, published as bank-connector-service publishes them (ExecutionEventsV1 through
 * its outbox), become the movements expected on statements: through the real broker and the event inbox.
 */
@SpringBootTest
@WithRealInfrastructure
@Import(PlatformEvents.class)
class ExecutionEventsIT {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired PlatformEvents events;
    @Autowired ExpectedMovements movements;
    @Autowired JdbcClient jdbc;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;

    final UUID enterprise = UUID.randomUUID();
    final UUID transfer = UUID.randomUUID();
    final String payer = "CN61" + transfer.toString().substring(0, 8);

    String movement(String amount) {
        return """
                {"payerAccount":"%s","payeeAccount":"DE89370400440532013000","amount":"%s","currency":"CNY"}""".formatted(payer, amount);
    }

    PlatformEvents.Event executed(int attempt, Instant at) {
        return events.event(enterprise, "com.fundguard.execution.executed.v1", transfer, at, """
                {"transferId":"%s","reference":"PAY-2025-0042","endToEndId":"E2E-%s","attempt":%d,"bankReference":"BR-77",\
                "byInquiry":true,"movement":%s,"executedAt":"%s"}""".formatted(transfer, transfer, attempt, movement("1250.00"), at));
    }

    PlatformEvents.Event failed(int attempt, Instant at) {
        return events.event(enterprise, "com.fundguard.execution.failed.v1", transfer, at, """
                {"transferId":"%s","reference":"PAY-2025-0042","endToEndId":"E2E-%s","attempt":%d,"reasonCode":"AC04",\
                "byInquiry":true,"movement":%s,"failedAt":"%s"}""".formatted(transfer, transfer, attempt, movement("1250.00"), at));
    }

    PlatformEvents.Event outcomeUnknown(int attempt, Instant at) {
        return events.event(enterprise, "com.fundguard.execution.outcome-unknown.v1", transfer, at, """
                {"transferId":"%s","reference":"PAY-2025-0042","endToEndId":"E2E-%s","attempt":%d,"why":"lease expired while sending",\
                "inquiryDueAt":"%s","movement":%s,"at":"%s"}""".formatted(transfer, transfer, attempt, at.plusSeconds(300), movement("1250.00"), at));
    }

    PlatformEvents.Event claimed(Instant at) {
        return events.event(enterprise, "com.fundguard.execution.claimed.v1", transfer, at, """
                {"transferId":"%s","reference":"PAY-2025-0042","endToEndId":"E2E-%s","attempt":1,"agentId":"agent-7",\
                "leaseExpiresAt":"%s","claimedAt":"%s"}""".formatted(transfer, transfer, at.plusSeconds(120), at));
    }

    /** Waits until this service's inbox has applied the event (a redelivery is never recorded twice). */
    void awaitApplied(PlatformEvents.Event event) {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT count(*) FROM event_inbox WHERE event_id = ?")
                .param(event.id()).query(Long.class).single() == 1);
    }

    ExpectedMovement expectation() {
        return movements.find(enterprise, transfer).orElseThrow();
    }

    @Test
    void anExecutedTransferIsExpectedOnThePayersStatementWithItsAmountAndReferences() {
        Instant at = Instant.parse("2025-03-14T02:00:00Z");
        awaitApplied(events.publish(executed(1, at)));

        ExpectedMovement m = expectation();
        assertThat(m.status()).isEqualTo(MovementStatus.EXECUTED);
        assertThat(m.amount()).isEqualTo("1250.00");
        assertThat(m.currency().getCurrencyCode()).isEqualTo("CNY");
        assertThat(m.payerAccount()).isEqualTo(payer);
        assertThat(m.payeeAccount()).isEqualTo("DE89370400440532013000");
        assertThat(m.bankReference()).contains("BR-77");
        assertThat(m.reference()).isEqualTo("PAY-2025-0042");
        assertThat(m.occurredAt()).isEqualTo(at);
        assertThat(movements.findByEndToEndId(enterprise, "E2E-" + transfer)).contains(m);
        assertThat(movements.find(UUID.randomUUID(), transfer)).as("another enterprise sees nothing of it").isEmpty();
    }

    @Test
    void anUnknownOutcomeSettledByTheBankMovesAndARedeliveredOrOlderReportChangesNothing() {
        Instant unknownAt = Instant.parse("2025-03-14T02:00:00Z");
        PlatformEvents.Event unknown = events.publish(outcomeUnknown(1, unknownAt));
        awaitApplied(unknown);
        assertThat(expectation().status()).isEqualTo(MovementStatus.OUTCOME_UNKNOWN);
        assertThat(expectation().bankReference()).isEmpty();

        awaitApplied(events.publish(executed(1, unknownAt.plusSeconds(600))));
        assertThat(expectation().status()).isEqualTo(MovementStatus.EXECUTED);

        events.publish(unknown);
        // Published after the redelivery on the same key, so applied after it: once it is in, the redelivery was seen.
        PlatformEvents.Event older = events.publish(outcomeUnknown(1, unknownAt.minusSeconds(60)));
        awaitApplied(older);
        ExpectedMovement now = expectation();
        assertThat(now.status()).isEqualTo(MovementStatus.EXECUTED);
        assertThat(now.bankReference()).contains("BR-77");
        assertThat(now.occurredAt()).isEqualTo(unknownAt.plusSeconds(600));
        assertThat(jdbc.sql("SELECT count(*) FROM event_inbox WHERE event_id = ?").param(unknown.id()).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void anUnknownOutcomeTheBankRefusedIsNoLongerOpen() {
        Instant at = Instant.parse("2025-03-14T02:00:00Z");
        awaitApplied(events.publish(outcomeUnknown(1, at)));
        assertThat(movements.open(enterprise, payer, LocalDate.of(2025, 3, 14), LocalDate.of(2025, 3, 14), SHANGHAI))
                .extracting(ExpectedMovement::transferId).containsExactly(transfer);

        awaitApplied(events.publish(failed(1, at.plusSeconds(900))));

        assertThat(expectation().status()).isEqualTo(MovementStatus.FAILED);
        assertThat(movements.open(enterprise, payer, LocalDate.of(2025, 3, 14), LocalDate.of(2025, 3, 14), SHANGHAI)).isEmpty();
    }

    @Test
    void openMovementsAreThoseOfTheAccountReportedOnTheDaysAskedInTheEnterprisesZone() {
        // 2025-03-13T16:30Z is already 14 March, 00:30, in Shanghai; 2025-03-14T16:30Z is 15 March there.
        awaitApplied(events.publish(executed(1, Instant.parse("2025-03-13T16:30:00Z"))));

        assertThat(movements.open(enterprise, payer, LocalDate.of(2025, 3, 14), LocalDate.of(2025, 3, 14), SHANGHAI)).hasSize(1);
        assertThat(movements.open(enterprise, payer, LocalDate.of(2025, 3, 13), LocalDate.of(2025, 3, 13), SHANGHAI)).isEmpty();
        assertThat(movements.open(enterprise, payer, LocalDate.of(2025, 3, 13), LocalDate.of(2025, 3, 13), ZoneId.of("UTC"))).hasSize(1);
        assertThat(movements.open(enterprise, "CN61other", LocalDate.of(2025, 3, 14), LocalDate.of(2025, 3, 14), SHANGHAI)).isEmpty();
        assertThat(movements.open(UUID.randomUUID(), payer, LocalDate.of(2025, 3, 14), LocalDate.of(2025, 3, 14), SHANGHAI)).isEmpty();
    }

    @Test
    void aClaimSaysNothingOfMoneyAndIsAcknowledgedNotDeadLettered() {
        Instant at = Instant.parse("2025-03-14T01:00:00Z");
        events.publish(claimed(at));
        awaitApplied(events.publish(executed(1, at.plusSeconds(60))));

        assertThat(expectation().status()).isEqualTo(MovementStatus.EXECUTED);
        try (TopicReader deadLetters = new TopicReader(bootstrapServers, events.topicOf("execution") + ".dlt")) {
            assertThat(deadLetters.readToEnd()).noneMatch(r -> transfer.toString().equals(r.key()));
        }
    }

    @Test
    void anEventThatDescribesNoMovementGoesToTheDeadLetterTopicAndExpectsNothing() {
        PlatformEvents.Event broken = events.publish(events.event(enterprise, "com.fundguard.execution.executed.v1", transfer,
                Instant.now(), """
                        {"transferId":"%s","reference":"PAY-1","endToEndId":"E2E-1","attempt":1,"bankReference":"BR",\
                        "movement":{"payerAccount":"%s","payeeAccount":"X","amount":"-5.00","currency":"CNY"},\
                        "executedAt":"2025-03-14T02:00:00Z"}""".formatted(transfer, payer)));

        try (TopicReader deadLetters = new TopicReader(bootstrapServers, events.topicOf("execution") + ".dlt")) {
            deadLetters.awaitRecords(records -> records.stream().anyMatch(r -> r.value().contains(broken.id())));
        }
        assertThat(movements.find(enterprise, transfer)).isEqualTo(Optional.empty());
    }
}
