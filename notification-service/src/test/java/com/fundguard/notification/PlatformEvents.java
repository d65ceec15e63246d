package com.fundguard.notification;

import com.fundguard.events.EventEnvelope;
import com.fundguard.events.EventEnvelopeCodec;
import com.fundguard.events.EventTopics;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's events as their producers publish them: a CloudEvents envelope from the producing service, keyed by
 * its subject, on the topic of its family ({@code com.fundguard.<family>.<name>.v1}). Tests import it to play
 * approval-service, bank-connector-service, voucher-capture-service, rules-service and
 * reconciliation-service.
 */
@TestComponent
public class PlatformEvents {

    private static final Map<String, String> PRODUCERS = Map.of("transfer", "/approval-service",
            "execution", "/bank-connector-service", "voucher", "/voucher-capture-service", "rules", "/rules-service",
            "reconciliation", "/reconciliation-service");

    private final KafkaTemplate<String, String> kafka;
    private final EventTopics topics;
    private final EventEnvelopeCodec codec;
    private final JsonMapper json;

    public PlatformEvents(KafkaTemplate<String, String> kafka, EventTopics topics, EventEnvelopeCodec codec, JsonMapper json) {
        this.kafka = kafka;
        this.topics = topics;
        this.codec = codec;
        this.json = json;
    }

    /** An event of {@code type} about {@code subject} (its key) in the enterprise, at {@code time}; not yet published. */
    public EventEnvelope event(UUID enterpriseId, String type, Object subject, Instant time, String data) {
        return new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID().toString(), PRODUCERS.get(family(type)), type,
                subject.toString(), time, "application/json", enterpriseId.toString(), null, json.readTree(data));
    }

    public EventEnvelope event(UUID enterpriseId, String type, Object subject, String data) {
        return event(enterpriseId, type, subject, Instant.now(), data);
    }

    /** Publishes an event now (as it is: publishing it again is a redelivery) and waits for the broker to have it. */
    public EventEnvelope publish(EventEnvelope event) {
        try {
            send(event).get();
            return event;
        } catch (ExecutionException e) {
            throw new IllegalStateException("the broker did not take " + event.type(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Publishes an event without waiting for the broker's answer. */
    public java.util.concurrent.CompletableFuture<?> send(EventEnvelope event) {
        return kafka.send(topics.of(family(event.type())), event.subject(), codec.write(event));
    }

    public EventEnvelope publish(UUID enterpriseId, String type, Object subject, String data) {
        return publish(event(enterpriseId, type, subject, data));
    }

    private static String family(String type) {
        return type.split("\\.")[2];
    }
}
