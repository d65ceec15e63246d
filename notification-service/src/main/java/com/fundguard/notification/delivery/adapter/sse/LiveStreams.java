package com.fundguard.notification.delivery.adapter.sse;

import com.fundguard.notification.delivery.application.ChannelSender;
import com.fundguard.notification.delivery.application.Deliveries;
import com.fundguard.notification.delivery.domain.Channel;
import com.fundguard.notification.delivery.domain.Delivery;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The SSE channel: each person's open streams, fed by the dispatcher. A message goes out after its delivery is
 * committed as SENT, with the person's own stream number as the event id (1, 2, 3, ..., taken when it is sent and
 * committed in that order), so a stream opened with {@code Last-Event-ID} replays from the database exactly what it
 * has not seen, even a message that quiet hours or a retry held back behind later ones. Replay and live push meet
 * under the stream's lock, and a stream sends each number once and in order. A person without an open stream misses
 * nothing: their next connection replays from the last id they saw.
 */
public class LiveStreams implements ChannelSender, SmartLifecycle {

    /** What a stream carries for each message. */
    public record StreamedMessage(UUID deliveryId, String causedBy, String topic, String title, String body) {
        static StreamedMessage of(Delivery d) {
            return new StreamedMessage(d.id(), d.causedBy(), d.topic(), d.title(), d.body());
        }
    }

    private record Person(UUID enterpriseId, UUID userId) {
    }

    /** One open connection of a person: what it was last sent, so it is sent each message once and in order. */
    private final class Stream {
        final Person person;
        final SseEmitter emitter;
        long lastSent;

        Stream(Person person, SseEmitter emitter) {
            this.person = person;
            this.emitter = emitter;
        }

        synchronized boolean keepAlive() {
            try {
                emitter.send(SseEmitter.event().comment(HEARTBEAT));
                return true;
            } catch (IOException | IllegalStateException gone) {
                return false;
            }
        }

        /**
         * Sends the message numbered {@code sequence}. A number this stream has had is not sent again; a number past
         * the next one means the ones between are committed but not yet pushed (another transaction's push is on its
         * way): they are read and sent first, so the stream never skips one a reconnect could not recover.
         */
        synchronized boolean deliver(long sequence, Delivery delivery) {
            if (sequence <= lastSent) {
                return true;
            }
            return sequence == lastSent + 1 ? emit(sequence, delivery) : catchUp();
        }

        /** Sends every message committed after the last one this stream was sent. */
        synchronized boolean catchUp() {
            List<Deliveries.StreamedDelivery> missed = readOnly.execute(status ->
                    deliveries.streamedAfter(person.enterpriseId(), person.userId(), lastSent));
            for (Deliveries.StreamedDelivery m : missed == null ? List.<Deliveries.StreamedDelivery>of() : missed) {
                if (!emit(m.position(), m.delivery())) {
                    return false;
                }
            }
            return true;
        }

        private boolean emit(long sequence, Delivery delivery) {
            try {
                emitter.send(SseEmitter.event().id(Long.toString(sequence)).name("notice")
                        .data(StreamedMessage.of(delivery), MediaType.APPLICATION_JSON));
                lastSent = sequence;
                return true;
            } catch (IOException | IllegalStateException gone) {
                return false;
            }
        }
    }

    /** The comment line a stream carries while idle; EventSource clients ignore it. */
    public static final String HEARTBEAT = "heartbeat";

    private final Map<Person, List<Stream>> streams = new ConcurrentHashMap<>();
    private final Deliveries deliveries;
    private final TransactionOperations readOnly;
    private final Duration timeout;
    private final Duration heartbeat;
    private ScheduledExecutorService heartbeats;

    /**
     * @param heartbeat how often an idle stream carries a comment: shorter than the read timeout of every proxy on the
     *                  way (the gateway's is 60 s), which would otherwise end a quiet stream as a dead connection
     */
    public LiveStreams(Deliveries deliveries, TransactionOperations readOnly, Duration timeout, Duration heartbeat) {
        this.deliveries = deliveries;
        this.readOnly = readOnly;
        this.timeout = timeout;
        this.heartbeat = heartbeat;
    }

    /** Opens a stream for the person, replaying what they missed after {@code lastEventId}. */
    public SseEmitter open(UUID enterpriseId, UUID userId, Optional<Long> lastEventId) {
        Person person = new Person(enterpriseId, userId);
        SseEmitter emitter = new SseEmitter(timeout.toMillis());
        Stream stream = new Stream(person, emitter);
        Runnable close = () -> streams.computeIfPresent(person, (p, open) -> {
            open.remove(stream);
            return open.isEmpty() ? null : open;
        });
        emitter.onCompletion(close);
        emitter.onTimeout(close);
        emitter.onError(failure -> close.run());
        synchronized (stream) {
            try {
                // Sends the response's headers now: the client knows it is connected before any message.
                emitter.send(SseEmitter.event().comment("connected"));
            } catch (IOException gone) {
                return emitter;
            }
            // Registered before reading: whatever commits after the read is pushed live, and waits for this lock.
            streams.computeIfAbsent(person, p -> new CopyOnWriteArrayList<>()).add(stream);
            if (lastEventId.isPresent()) {
                stream.lastSent = lastEventId.get();
                if (!stream.catchUp()) {
                    close.run();
                }
            } else {
                // A first connection starts from now: what was sent before is in the inbox.
                Long last = readOnly.execute(status -> deliveries.lastStreamSequence(enterpriseId, userId));
                stream.lastSent = last == null ? 0 : last;
            }
        }
        return emitter;
    }

    @Override
    public Channel channel() {
        return Channel.SSE;
    }

    /** Pushes after the dispatcher's transaction commits; a person without an open stream gets it on reconnecting. */
    @Override
    public void send(Delivery delivery, long streamPosition) {
        Runnable push = () -> push(delivery, streamPosition);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    push.run();
                }
            });
        } else {
            push.run();
        }
    }

    private volatile boolean running;

    @Override
    public void start() {
        heartbeats = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("sse-heartbeat").daemon().factory());
        heartbeats.scheduleWithFixedDelay(this::keepAlive, heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
        running = true;
    }

    /** Ends every open stream before the web server's graceful shutdown, so clients reconnect elsewhere at once. */
    @Override
    public void stop() {
        running = false;
        if (heartbeats != null) {
            heartbeats.shutdownNow();
        }
        streams.values().forEach(open -> open.forEach(stream -> stream.emitter.complete()));
        streams.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    private void keepAlive() {
        streams.values().forEach(open -> open.forEach(stream -> {
            if (!stream.keepAlive()) {
                stream.emitter.complete();
            }
        }));
    }

    private void push(Delivery delivery, long position) {
        for (Stream stream : streams.getOrDefault(new Person(delivery.enterpriseId(), delivery.recipientId()), List.of())) {
            if (!stream.deliver(position, delivery)) {
                stream.emitter.complete();
            }
        }
    }
}
