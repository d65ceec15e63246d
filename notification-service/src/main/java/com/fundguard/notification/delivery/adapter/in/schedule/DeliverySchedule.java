package com.fundguard.notification.delivery.adapter.in.schedule;

import com.fundguard.notification.delivery.application.DeliveryDispatcher;
import com.fundguard.notification.delivery.application.DispatchRequests;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs the dispatcher: on request, right after new deliveries commit, and at a fixed pace for retries and messages
 * that quiet hours held. Every round runs on one thread, and requests made while a round runs are folded into one
 * more round, so a burst of events costs a few rounds, not one each. A round that sent a full batch is followed by the
 * next one at once.
 */
public class DeliverySchedule implements DispatchRequests, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DeliverySchedule.class);

    private final DeliveryDispatcher dispatcher;
    private final int batch;
    private final ExecutorService rounds = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("delivery-dispatch").daemon().factory());
    private final AtomicBoolean requested = new AtomicBoolean();

    public DeliverySchedule(DeliveryDispatcher dispatcher, int batch) {
        this.dispatcher = dispatcher;
        this.batch = batch;
    }

    @Scheduled(fixedDelayString = "${fundguard.notification.dispatch-every:PT0.5S}")
    public void dispatch() {
        request();
    }

    @Override
    public void afterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    request();
                }
            });
        } else {
            request();
        }
    }

    private void request() {
        if (!requested.getAndSet(true)) {
            try {
                rounds.execute(this::round);
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                requested.set(false);
            }
        }
    }

    private void round() {
        requested.set(false);
        try {
            while (dispatcher.dispatchDue() >= batch) {
                // a full batch: more may be due
            }
        } catch (RuntimeException failure) {
            // The deliveries stay pending; the next round tries again.
            log.warn("dispatch round failed: {}", failure.toString());
        }
    }

    @Override
    public void close() {
        rounds.shutdownNow();
    }
}
