package com.fundguard.notification.delivery.adapter.in.schedule;

import com.fundguard.notification.delivery.application.DeliveryDispatcher;
import org.springframework.scheduling.annotation.Scheduled;

/** Runs the dispatcher at a fixed pace; a round that sent a full batch is followed by the next one at once. */
public class DeliverySchedule {

    private final DeliveryDispatcher dispatcher;
    private final int batch;

    public DeliverySchedule(DeliveryDispatcher dispatcher, int batch) {
        this.dispatcher = dispatcher;
        this.batch = batch;
    }

    @Scheduled(fixedDelayString = "${fundguard.notification.dispatch-every:PT0.5S}")
    public void dispatch() {
        while (dispatcher.dispatchDue() >= batch) {
            // a full batch: more may be due
        }
    }
}
