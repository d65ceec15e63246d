package com.fundguard.approval.transfer;

import com.fundguard.approval.transfer.application.TransferExpiry;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** Runs the expiry on a fixed pace while the service runs; several instances are safe (optimistic locking). */
class ExpiryJob implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ExpiryJob.class);

    private final TransferExpiry expiry;
    private final Duration interval;
    private ScheduledExecutorService executor;

    ExpiryJob(TransferExpiry expiry, Duration interval) {
        this.expiry = expiry;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("transfer-expiry").daemon().factory());
        executor.scheduleWithFixedDelay(() -> {
            try {
                int expired = expiry.expireOverdue();
                if (expired > 0) {
                    log.info("expired {} transfer request(s) left undecided past the deadline", expired);
                }
            } catch (RuntimeException e) {
                log.warn("expiring overdue requests failed; tries again in {}: {}", interval, e.getMessage());
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
