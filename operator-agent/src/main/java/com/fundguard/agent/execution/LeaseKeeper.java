package com.fundguard.agent.execution;

import com.fundguard.agent.platform.AgentApi;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Keeps a claim's lease alive while the attempt works, with heartbeats on a thread of its own (a slow token or bank
 * must not let the lease lapse): every third of the remaining lease, at most 20 s apart. A {@code lease-lost} answer
 * is remembered; the attempt checks it before it sends.
 */
final class LeaseKeeper implements AutoCloseable {

    private static final Duration LONGEST_INTERVAL = Duration.ofSeconds(20);
    private static final Duration SHORTEST_INTERVAL = Duration.ofMillis(500);

    private final AtomicBoolean lost = new AtomicBoolean();
    private final ScheduledExecutorService heartbeats;

    private LeaseKeeper(ScheduledExecutorService heartbeats) {
        this.heartbeats = heartbeats;
    }

    static LeaseKeeper keep(AgentApi api, Claim claim, Clock clock) {
        ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread heartbeat = new Thread(runnable, "lease-heartbeat-" + claim.order().reference());
            heartbeat.setDaemon(true);
            return heartbeat;
        });
        LeaseKeeper keeper = new LeaseKeeper(thread);
        keeper.scheduleAfter(api, claim, intervalUntil(claim.leaseExpiresAt(), clock), clock);
        return keeper;
    }

    boolean lost() {
        return lost.get();
    }

    private void scheduleAfter(AgentApi api, Claim claim, Duration delay, Clock clock) {
        Runnable beat = () -> {
            Duration next = LONGEST_INTERVAL;
            try {
                Optional<Instant> extended = api.heartbeat(claim.claimId());
                if (extended.isEmpty()) {
                    lost.set(true);
                    return;
                }
                next = intervalUntil(extended.get(), clock);
            } catch (RuntimeException unreachable) {
                // The platform did not answer even after retries: try again; if the lease lapses meanwhile,
                // `sending` says so and nothing is sent.
                next = SHORTEST_INTERVAL.multipliedBy(4);
            }
            scheduleAfter(api, claim, next, clock);
        };
        try {
            heartbeats.schedule(beat, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closed) {
            // The attempt is over: no more heartbeats.
        }
    }

    private static Duration intervalUntil(Instant leaseExpiresAt, Clock clock) {
        Duration third = Duration.between(clock.instant(), leaseExpiresAt).dividedBy(3);
        if (third.compareTo(SHORTEST_INTERVAL) < 0) {
            return SHORTEST_INTERVAL;
        }
        return third.compareTo(LONGEST_INTERVAL) > 0 ? LONGEST_INTERVAL : third;
    }

    @Override
    public void close() {
        heartbeats.shutdownNow();
    }
}
