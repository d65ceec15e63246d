package com.fundguard.events.outbox;

import com.fundguard.events.EventEnvelope;
import com.fundguard.events.EventsProperties;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes the outbox to Kafka: at least once, in order. One batch is one transaction: lock the oldest
 * unpublished rows, send them, wait for the broker's acknowledgement, mark them published. A crash after the
 * send and before the commit leaves the rows unpublished, so they are sent again after the restart; the
 * consumers' inbox makes that harmless. A transaction-scoped advisory lock lets one relay of the service publish
 * at a time, which keeps one aggregate's events in order across relay instances.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    /** Arbitrary but fixed: the advisory lock key of "the outbox relay" in this service's database. */
    private static final long RELAY_LOCK = 0x46475F4F5554424FL;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final KafkaTemplate<String, String> kafka;
    private final EventsProperties.Relay settings;
    private final Clock clock;
    private ScheduledExecutorService executor;

    public OutboxRelay(JdbcClient jdbc, TransactionTemplate transactions, KafkaTemplate<String, String> kafka,
                       EventsProperties.Relay settings, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.kafka = kafka;
        this.settings = settings;
        this.clock = clock;
    }

    /** Publishes one batch; returns how many events it published (0 when another relay holds the lock). */
    public int publishBatch() {
        Integer published = transactions.execute(status -> {
            Boolean locked = jdbc.sql("SELECT pg_try_advisory_xact_lock(:lock)").param("lock", RELAY_LOCK)
                    .query(Boolean.class).single();
            if (!Boolean.TRUE.equals(locked)) {
                return 0;
            }
            List<PendingEvent> batch = jdbc.sql("""
                            SELECT id, topic, message_key, envelope, traceparent FROM event_outbox
                            WHERE published_at IS NULL ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED
                            """)
                    .param("limit", settings.batchSize())
                    .query((rs, n) -> new PendingEvent(rs.getLong("id"), rs.getString("topic"),
                            rs.getString("message_key"), rs.getString("envelope"), rs.getString("traceparent")))
                    .list();
            if (batch.isEmpty()) {
                return 0;
            }
            send(batch);
            jdbc.sql("UPDATE event_outbox SET published_at = :now WHERE id = ANY(:ids)")
                    .param("now", Timestamp.from(clock.instant()))
                    .param("ids", batch.stream().map(PendingEvent::id).toArray(Long[]::new))
                    .update();
            return batch.size();
        });
        return published == null ? 0 : published;
    }

    private void send(List<PendingEvent> batch) {
        List<CompletableFuture<?>> acknowledgements = new ArrayList<>(batch.size());
        for (PendingEvent event : batch) {
            ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.key(), event.envelope());
            record.headers().add(new RecordHeader("content-type", EventEnvelope.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8)));
            if (event.traceparent() != null) {
                record.headers().add(new RecordHeader("traceparent", event.traceparent().getBytes(StandardCharsets.UTF_8)));
            }
            acknowledgements.add(kafka.send(record));
        }
        try {
            CompletableFuture.allOf(acknowledgements.toArray(CompletableFuture[]::new))
                    .get(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OutboxPublicationException("interrupted while waiting for the broker", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new OutboxPublicationException("the broker did not acknowledge a batch of " + batch.size(), e);
        }
    }

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("outbox-relay").daemon().factory());
        executor.scheduleWithFixedDelay(this::publishWhatIsPending, 0, settings.interval().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void publishWhatIsPending() {
        try {
            // Drain while full batches come back; then rest for one interval.
            while (publishBatch() == settings.batchSize()) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            log.warn("outbox relay could not publish; it tries again in {}: {}", settings.interval(), e.getMessage());
        }
    }

    @Override
    public synchronized void stop() {
        if (executor == null) {
            return;
        }
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    private record PendingEvent(long id, String topic, String key, String envelope, String traceparent) {
    }
}
