package com.fundguard.events;

import com.fundguard.events.inbox.EventHandler;
import com.fundguard.events.inbox.EventHandlers;
import com.fundguard.events.inbox.EventInbox;
import com.fundguard.events.inbox.IncomingEventDispatcher;
import com.fundguard.events.inbox.UnknownEventTypeException;
import com.fundguard.events.outbox.EventOutbox;
import com.fundguard.events.outbox.OutboxRelay;
import com.fundguard.events.trace.MicrometerTraceContextCapture;
import com.fundguard.events.trace.TraceContextCapture;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.EnableKafka;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.FixedBackOff;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wires the outbox, its relay, the inbox and the dispatcher into a service that has a database and Kafka.
 * The outbox and inbox tables come with this library's Flyway migration ({@code classpath:db/events}).
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"})
@EnableKafka
@EnableConfigurationProperties(EventsProperties.class)
public class EventsAutoConfiguration {

    public static final String MIGRATIONS = "classpath:db/events";

    @Bean
    FlywayConfigurationCustomizer eventTablesMigration() {
        return configuration -> {
            List<org.flywaydb.core.api.Location> locations = new ArrayList<>(List.of(configuration.getLocations()));
            locations.add(new org.flywaydb.core.api.Location(MIGRATIONS));
            configuration.locations(locations.toArray(org.flywaydb.core.api.Location[]::new));
        };
    }

    @Bean("fundguardEventTopics")
    EventTopics fundguardEventTopics(EventsProperties properties) {
        return new EventTopics(properties.namespace(), properties.consumes());
    }

    @Bean
    EventEnvelopeCodec eventEnvelopeCodec(JsonMapper mapper) {
        return new EventEnvelopeCodec(mapper);
    }

    @Bean
    @ConditionalOnMissingBean
    TraceContextCapture traceContextCapture(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        Tracer t = tracer.getIfAvailable();
        Propagator p = propagator.getIfAvailable();
        return t != null && p != null ? new MicrometerTraceContextCapture(t, p) : TraceContextCapture.NONE;
    }

    @Bean
    EventOutbox eventOutbox(JdbcClient jdbc, EventEnvelopeCodec codec, JsonMapper mapper, EventTopics topics,
                            EventsProperties properties, TraceContextCapture traceContext, Clock clock) {
        if (properties.source() == null || properties.source().isBlank()) {
            throw new IllegalStateException("fundguard.events.source must name this service, e.g. /approval-service");
        }
        return new EventOutbox(jdbc, codec, mapper, topics, properties.source(), traceContext, clock);
    }

    @Bean
    OutboxRelay outboxRelay(JdbcClient jdbc, TransactionTemplate transactions, KafkaTemplate<String, String> kafka,
                            EventsProperties properties, Clock clock) {
        return new OutboxRelay(jdbc, transactions, kafka, properties.relay(), clock);
    }

    @Bean
    EventInbox eventInbox(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        return new EventInbox(jdbc, transactions, clock);
    }

    /** A consuming service names itself ({@code fundguard.events.consumer-name}); its handlers are single beans or groups. */
    @Bean
    @ConditionalOnProperty("fundguard.events.consumer-name")
    IncomingEventDispatcher incomingEventDispatcher(EventEnvelopeCodec codec, EventInbox inbox, EventsProperties properties,
                                                    ObjectProvider<EventHandler> handlers, ObjectProvider<EventHandlers> groups) {
        if (properties.consumes().isEmpty()) {
            throw new IllegalStateException("a consuming service lists the fact families it consumes in fundguard.events.consumes");
        }
        List<EventHandler> all = new ArrayList<>(handlers.orderedStream().toList());
        groups.orderedStream().forEach(group -> all.addAll(group.handlers()));
        return new IncomingEventDispatcher(codec, inbox, properties.consumerName(), all, properties.ignores());
    }

    /** Bounded retries, then the dead-letter topic with the error in its headers; malformed and unknown: no retry. */
    @Bean
    CommonErrorHandler eventErrorHandler(KafkaTemplate<String, String> kafka, EventTopics topics, EventsProperties properties) {
        DeadLetterPublishingRecoverer toDeadLetters = new DeadLetterPublishingRecoverer(kafka,
                (record, failure) -> new TopicPartition(topics.deadLetterOf(record.topic()), -1));
        DefaultErrorHandler handler = new DefaultErrorHandler(toDeadLetters,
                new FixedBackOff(properties.retryBackoff().toMillis(), properties.retries()));
        handler.addNotRetryableExceptions(MalformedEventException.class, UnknownEventTypeException.class);
        return handler;
    }

    /** A new consumer group starts from the oldest event: skipping history would lose facts. */
    @Bean
    DefaultKafkaConsumerFactoryCustomizer readFromTheStart() {
        return factory -> factory.updateConfigs(java.util.Map.of(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"));
    }

    @Bean
    KafkaAdmin.NewTopics fundguardTopics(EventsProperties properties, EventTopics topics) {
        List<NewTopic> newTopics = new ArrayList<>();
        for (String family : properties.publishes()) {
            newTopics.add(new NewTopic(topics.of(family), properties.partitions(), properties.replicas()));
        }
        for (String family : properties.consumes()) {
            newTopics.add(new NewTopic(topics.of(family), properties.partitions(), properties.replicas()));
            newTopics.add(new NewTopic(topics.deadLetterOf(topics.of(family)), properties.partitions(), properties.replicas()));
        }
        return new KafkaAdmin.NewTopics(newTopics.stream().distinct().toArray(NewTopic[]::new));
    }
}
