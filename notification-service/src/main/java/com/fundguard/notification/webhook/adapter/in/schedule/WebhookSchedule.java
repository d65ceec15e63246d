package com.fundguard.notification.webhook.adapter.in.schedule;

import com.fundguard.notification.webhook.application.WebhookDispatcher;
import org.springframework.scheduling.annotation.Scheduled;

/** Runs the webhook dispatcher at a fixed pace; a round that attempted a full batch is followed by the next at once. */
public class WebhookSchedule {

    private final WebhookDispatcher dispatcher;
    private final int batch;

    public WebhookSchedule(WebhookDispatcher dispatcher, int batch) {
        this.dispatcher = dispatcher;
        this.batch = batch;
    }

    @Scheduled(fixedDelayString = "${fundguard.notification.webhook.dispatch-every:PT1S}")
    public void dispatch() {
        while (dispatcher.dispatchDue() >= batch) {
            // a full batch: more may be due
        }
    }
}
