package com.fundguard.test.kafka;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The platform's events as their producers publish them, for a test that plays the producing service: a CloudEvents
 * structured-mode JSON envelope (the attributes common-events' {@code EventEnvelope} writes) from that service, keyed
 * by its subject, on the topic of its family ({@code com.fundguard.<family>.<name>.v1} goes to
 * {@code <namespace>.<family>}). Import it with {@code @Import(PlatformEvents.class)}.
 *
 * <p>It writes the wire format itself instead of using common-events, because common-events' own tests depend on
 * this library (the dependency would be a cycle); a consumer reading these envelopes with common-events is
 * exactly the check that both agree.
 */
@TestComponent
public class PlatformEvents implements AutoCloseable {

    private static final Map<String, String> PRODUCERS = Map.of("transfer", "/approval-service",
            "execution", "/bank-connector-service", "voucher", "/voucher-capture-service", "rules", "/rules-service",
            "reconciliation", "/reconciliation-service", "identity", "/identity-service");

    private final KafkaProducer<String, String> kafka;
    private final String namespace;
    private final JsonMapper json = JsonMapper.builder().build();

    public PlatformEvents(Environment environment) {
        this.namespace = environment.getProperty("fundguard.events.namespace", "fundguard");
        this.kafka = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, environment.getRequiredProperty("spring.kafka.bootstrap-servers"),
                ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer());
    }

    /** One event as it travels: its id (the inbox's key), type, subject (the Kafka key), family and the JSON text. */
    public record Event(String id, String type, String subject, String family, String json) {
    }

    /** An event of {@code type} about {@code subject} in the enterprise, at {@code time}, with {@code data} (JSON); not yet published. */
    public Event event(UUID enterpriseId, String type, Object subject, Instant time, String data) {
        String family = family(type);
        String id = UUID.randomUUID().toString();
        ObjectNode envelope = json.createObjectNode()
                .put("specversion", "1.0")
                .put("id", id)
                .put("source", PRODUCERS.getOrDefault(family, "/" + family + "-service"))
                .put("type", type)
                .put("subject", subject.toString())
                .put("time", time.toString())
                .put("datacontenttype", "application/json")
                .put("enterpriseid", enterpriseId.toString());
        envelope.set("data", json.readTree(data));
        return new Event(id, type, subject.toString(), family, json.writeValueAsString(envelope));
    }

    /** Publishes the event (publishing the same one again is a redelivery) and waits until the broker has it. */
    public Event publish(Event event) {
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

    /** Publishes the event without waiting for the broker's answer. */
    public CompletableFuture<?> send(Event event) {
        CompletableFuture<Object> sent = new CompletableFuture<>();
        kafka.send(new ProducerRecord<>(topicOf(event.family()), event.subject(), event.json()), (metadata, failure) -> {
            if (failure != null) {
                sent.completeExceptionally(failure);
            } else {
                sent.complete(metadata);
            }
        });
        return sent;
    }

    public Event publish(UUID enterpriseId, String type, Object subject, Instant time, String data) {
        return publish(event(enterpriseId, type, subject, time, data));
    }

    /** The topic of a family in this test's namespace, e.g. to read its dead letters ({@code topicOf(f) + ".dlt"}). */
    public String topicOf(String family) {
        return namespace + "." + family;
    }

    @Override
    public void close() {
        kafka.close();
    }

    private static String family(String type) {
        String[] parts = type.split("\\.");
        if (parts.length < 4 || !"com".equals(parts[0]) || !"fundguard".equals(parts[1])) {
            throw new IllegalArgumentException("a platform event type reads com.fundguard.<family>.<name>.v<n>, not " + type);
        }
        return parts[2];
    }
}
