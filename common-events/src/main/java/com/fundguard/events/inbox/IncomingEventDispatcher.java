package com.fundguard.events.inbox;

import com.fundguard.events.EventEnvelope;
import com.fundguard.events.EventEnvelopeCodec;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * The one Kafka listener of a consuming service: decodes the envelope, finds the handler for its type and
 * applies it through the inbox. A malformed record or an unknown type fails without retry and lands on the
 * dead-letter topic (see the error handler in {@code EventsAutoConfiguration}); a failing handler is retried a
 * bounded number of times first.
 */
public class IncomingEventDispatcher {

    private static final Logger log = LoggerFactory.getLogger(IncomingEventDispatcher.class);

    private final EventEnvelopeCodec codec;
    private final EventInbox inbox;
    private final String consumer;
    private final Map<String, EventHandler> handlers;
    private final java.util.Set<String> ignored;

    public IncomingEventDispatcher(EventEnvelopeCodec codec, EventInbox inbox, String consumer, List<EventHandler> handlers,
                                   List<String> ignoredTypes) {
        this.codec = codec;
        this.inbox = inbox;
        this.consumer = consumer;
        this.handlers = handlers.stream().collect(Collectors.toUnmodifiableMap(EventHandler::eventType, Function.identity()));
        this.ignored = java.util.Set.copyOf(ignoredTypes);
    }

    @KafkaListener(id = "${fundguard.events.consumer-name}",
            groupId = "${fundguard.events.consumer-name}",
            topics = "#{@fundguardEventTopics.consumedTopics()}")
    public void onRecord(ConsumerRecord<String, String> record) {
        EventEnvelope event = codec.read(record.value());
        EventHandler handler = handlers.get(event.type());
        if (handler == null && ignored.contains(event.type())) {
            log.debug("event {} of type {} is not for this service (configured to ignore)", event.id(), event.type());
            return;
        }
        if (handler == null) {
            throw new UnknownEventTypeException(event.type());
        }
        boolean applied = inbox.applyOnce(consumer, event, handler);
        if (applied) {
            log.info("applied event {} of type {} from {}", event.id(), event.type(), event.source());
        } else {
            log.info("event {} of type {} was delivered again; already applied, nothing changed", event.id(), event.type());
        }
    }
}
