package com.fundguard.events.outbox;

import com.fundguard.events.EventEnvelope;
import com.fundguard.events.EventEnvelopeCodec;
import com.fundguard.events.EventTopics;
import com.fundguard.events.trace.TraceContextCapture;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes events into the service's own outbox table, in the transaction of the state change that caused them:
 * both commit or neither does. {@link OutboxRelay} publishes them afterwards.
 */
public class EventOutbox {

    private final JdbcClient jdbc;
    private final EventEnvelopeCodec codec;
    private final JsonMapper mapper;
    private final EventTopics topics;
    private final String source;
    private final TraceContextCapture traceContext;
    private final Clock clock;

    public EventOutbox(JdbcClient jdbc, EventEnvelopeCodec codec, JsonMapper mapper, EventTopics topics,
                       String source, TraceContextCapture traceContext, Clock clock) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.mapper = mapper;
        this.topics = topics;
        this.source = source;
        this.traceContext = traceContext;
        this.clock = clock;
    }

    /** Must run inside the caller's transaction; without one there is nothing to be atomic with. */
    @Transactional(propagation = Propagation.MANDATORY)
    public EventEnvelope append(OutgoingEvent event) {
        String traceparent = traceContext.currentTraceparent().orElse(null);
        EventEnvelope envelope = new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID().toString(), source,
                event.type(), event.aggregateId(), clock.instant(), "application/json",
                event.enterpriseId().toString(), traceparent, mapper.valueToTree(event.data()));
        jdbc.sql("""
                        INSERT INTO event_outbox (event_id, topic, message_key, event_type, envelope, traceparent, created_at)
                        VALUES (:eventId, :topic, :key, :type, :envelope, :traceparent, :createdAt)
                        """)
                .param("eventId", UUID.fromString(envelope.id()))
                .param("topic", topics.of(event.family()))
                .param("key", event.aggregateId())
                .param("type", event.type())
                .param("envelope", codec.write(envelope))
                .param("traceparent", traceparent)
                .param("createdAt", Timestamp.from(envelope.time()))
                .update();
        return envelope;
    }
}
