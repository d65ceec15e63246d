package com.fundguard.notification.delivery.adapter.sse;

import com.fundguard.notification.delivery.application.ChannelSender;
import com.fundguard.notification.delivery.application.Deliveries;
import com.fundguard.notification.delivery.domain.Channel;
import com.fundguard.notification.delivery.domain.Delivery;
import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * committed as SENT, with the delivery's position as the event id, so a stream opened with {@code Last-Event-ID}
 * replays from the database exactly what it has not seen. Replay and live push meet under the stream's lock, and a
 * stream remembers what it sent, so nothing is sent to it twice. A person without an open stream misses nothing:
 * their next connection replays from the last id they saw.
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

    private static final class Stream {
        final SseEmitter emitter;
        final Set<Long> sent = new HashSet<>();

        Stream(SseEmitter emitter) {
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

        synchronized boolean send(long position, Delivery delivery) {
            if (!sent.add(position)) {
                return true;
            }
            try {
                emitter.send(SseEmitter.event().id(Long.toString(position)).name("notice")
                        .data(StreamedMessage.of(delivery), MediaType.APPLICATION_JSON));
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
        Stream stream = new Stream(emitter);
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
            // Registered before reading the missed ones: whatever commits after the read is pushed live.
            streams.computeIfAbsent(person, p -> new CopyOnWriteArrayList<>()).add(stream);
            if (lastEventId.isPresent()) {
                List<Deliveries.StreamedDelivery> missed = readOnly.execute(status ->
                        deliveries.streamedAfter(enterpriseId, userId, lastEventId.get()));
                for (Deliveries.StreamedDelivery m : missed == null ? List.<Deliveries.StreamedDelivery>of() : missed) {
                    if (!stream.send(m.position(), m.delivery())) {
                        close.run();
                        break;
                    }
                }
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
            if (!stream.send(position, delivery)) {
                stream.emitter.complete();
            }
        }
    }
}
