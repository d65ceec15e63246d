package com.fundguard.events.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fundguard.events.EventEnvelope;
import com.fundguard.events.EventEnvelopeCodec;
import com.fundguard.events.EventTopics;
import com.fundguard.events.outbox.EventOutbox;
import com.fundguard.events.outbox.OutgoingEvent;
import com.fundguard.events.trace.TraceContextCapture;
import com.fundguard.test.infrastructure.WithRealInfrastructure;
import com.fundguard.test.kafka.TopicReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.transaction.IllegalTransactionStateException;

@SpringBootTest(classes = {LedgerTestApplication.class, OutboxToInboxIT.FixedTrace.class})
@WithRealInfrastructure
class OutboxToInboxIT {

    static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @TestConfiguration
    static class FixedTrace {
        @Bean
        TraceContextCapture traceContextCapture() {
            return () -> Optional.of(TRACEPARENT);
        }
    }

    @Autowired LedgerTestApplication.Ledger ledger;
    @Autowired EventOutbox outbox;
    @Autowired JdbcClient jdbc;
    @Autowired EventEnvelopeCodec codec;
    @Autowired EventTopics topics;
    @Autowired KafkaTemplate<String, String> kafka;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;

    final UUID enterprise = UUID.randomUUID();

    @Test
    void anEventWrittenWithItsStateChangeIsPublishedWithItsTraceContextAndAppliedOnce() {
        EventEnvelope booked = ledger.book(enterprise, new BigDecimal("1250.00"), "CNY");

        awaitApplications(booked.id(), 1);
        try (TopicReader reader = new TopicReader(bootstrapServers, topics.of("ledger"))) {
            ConsumerRecord<String, String> record = reader.awaitRecords(records -> hasEvent(records, booked.id())).stream()
                    .filter(r -> r.value().contains(booked.id())).findFirst().orElseThrow();
            assertThat(record.key()).isEqualTo(booked.subject());
            assertThat(header(record, "traceparent")).isEqualTo(TRACEPARENT);
            assertThat(header(record, "content-type")).isEqualTo(EventEnvelope.CONTENT_TYPE);
            EventEnvelope published = codec.read(record.value());
            assertThat(published.enterpriseid()).isEqualTo(enterprise.toString());
            assertThat(published.data().get("amount").decimalValue()).isEqualByComparingTo("1250.00");
        }
        assertThat(unpublishedCount()).isZero();
    }

    @Test
    void aRolledBackStateChangeLeavesNoEvent() {
        long before = jdbc.sql("SELECT count(*) FROM event_outbox").query(Long.class).single();

        assertThatThrownBy(() -> ledger.bookThenFail(enterprise)).isInstanceOf(IllegalStateException.class);

        assertThat(jdbc.sql("SELECT count(*) FROM event_outbox").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void appendingOutsideATransactionIsRefused() {
        OutgoingEvent event = new OutgoingEvent("ledger", LedgerTestApplication.BOOKED, "x", enterprise,
                new LedgerTestApplication.EntryBookedV1(UUID.randomUUID(), BigDecimal.TEN, "EUR"));

        assertThatThrownBy(() -> outbox.append(event)).isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void anEventDeliveredTwiceIsAppliedOnce() throws Exception {
        EventEnvelope booked = ledger.book(enterprise, new BigDecimal("99.95"), "EUR");
        awaitApplications(booked.id(), 1);

        // The same record again, as a broker redelivery or a producer retry would bring it.
        kafka.send(topics.of("ledger"), booked.subject(), codec.write(booked)).get();
        EventEnvelope later = ledger.book(enterprise, BigDecimal.ONE, "EUR");
        awaitApplications(later.id(), 1);

        assertThat(applications(booked.id())).isEqualTo(1);
    }

    @Test
    void aRelayKilledBetweenPublishAndMarkRepublishesAndTheConsumerStillAppliesOnce() {
        // The database refuses to mark rows published: the relay's transaction dies after Kafka acknowledged
        // the send and before the mark commits, exactly as if the process were killed at that instant.
        jdbc.sql("""
                CREATE OR REPLACE FUNCTION refuse_publication_mark() RETURNS trigger AS $$
                BEGIN RAISE EXCEPTION 'relay killed before marking the batch published'; END $$ LANGUAGE plpgsql
                """).update();
        jdbc.sql("CREATE TRIGGER relay_killed BEFORE UPDATE ON event_outbox FOR EACH ROW EXECUTE FUNCTION refuse_publication_mark()").update();
        EventEnvelope booked;
        try (TopicReader reader = new TopicReader(bootstrapServers, topics.of("ledger"))) {
            booked = ledger.book(enterprise, new BigDecimal("5000.00"), "USD");
            reader.awaitRecords(records -> copiesOf(records, booked.id()) >= 2);
            assertThat(unpublishedCount()).isPositive();
        } finally {
            jdbc.sql("DROP TRIGGER relay_killed ON event_outbox").update();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> unpublishedCount() == 0);
        EventEnvelope later = ledger.book(enterprise, BigDecimal.ONE, "USD");
        awaitApplications(later.id(), 1);
        assertThat(applications(booked.id())).isEqualTo(1);
    }

    @Test
    void aPoisonRecordLandsOnTheDeadLetterTopicWithTheError() throws Exception {
        String ledgerTopic = topics.of("ledger");
        try (TopicReader deadLetters = new TopicReader(bootstrapServers, topics.deadLetterOf(ledgerTopic))) {
            kafka.send(ledgerTopic, "poison", "{\"this is\": not an envelope").get();

            ConsumerRecord<String, String> dead = deadLetters.awaitRecords(records -> records.stream()
                    .anyMatch(r -> "poison".equals(r.key()))).stream()
                    .filter(r -> "poison".equals(r.key())).findFirst().orElseThrow();
            assertThat(dead.value()).isEqualTo("{\"this is\": not an envelope");
            assertThat(header(dead, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("not a CloudEvents JSON envelope");
            assertThat(header(dead, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(ledgerTopic);
        }
        // The consumer moved on: later events are still applied.
        EventEnvelope later = ledger.book(enterprise, BigDecimal.ONE, "EUR");
        awaitApplications(later.id(), 1);
    }

    @Test
    void anEventOfUnknownTypeIsNotAcknowledgedSilentlyButDeadLettered() throws Exception {
        String ledgerTopic = topics.of("ledger");
        EventEnvelope booked = ledger.book(enterprise, BigDecimal.TEN, "EUR");
        awaitApplications(booked.id(), 1);
        EventEnvelope unknown = new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID().toString(), "/elsewhere",
                "com.fundguard.ledger.entry-reversed.v1", booked.subject(), booked.time(), "application/json",
                enterprise.toString(), null, booked.data());
        try (TopicReader deadLetters = new TopicReader(bootstrapServers, topics.deadLetterOf(ledgerTopic))) {
            kafka.send(ledgerTopic, unknown.subject(), codec.write(unknown)).get();

            ConsumerRecord<String, String> dead = deadLetters.awaitRecords(records -> hasEvent(records, unknown.id())).stream()
                    .filter(r -> r.value().contains(unknown.id())).findFirst().orElseThrow();
            assertThat(header(dead, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("no handler for event type com.fundguard.ledger.entry-reversed.v1");
        }
        assertThat(applications(unknown.id())).isZero();
    }

    private void awaitApplications(String eventId, int expected) {
        await().atMost(Duration.ofSeconds(30)).until(() -> applications(eventId) >= expected);
    }

    private long applications(String eventId) {
        return jdbc.sql("SELECT count(*) FROM ledger_application WHERE event_id = ?").param(eventId).query(Long.class).single();
    }

    private long unpublishedCount() {
        return jdbc.sql("SELECT count(*) FROM event_outbox WHERE published_at IS NULL").query(Long.class).single();
    }

    private static boolean hasEvent(List<ConsumerRecord<String, String>> records, String eventId) {
        return copiesOf(records, eventId) > 0;
    }

    private static long copiesOf(List<ConsumerRecord<String, String>> records, String eventId) {
        return records.stream().filter(r -> r.value() != null && r.value().contains(eventId)).count();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
