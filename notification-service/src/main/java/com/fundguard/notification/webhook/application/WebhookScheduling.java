package com.fundguard.notification.webhook.application;

import com.fundguard.notification.notice.application.NoticedTransfers;
import com.fundguard.notification.notice.application.TransferEventSubscriber;
import com.fundguard.notification.notice.domain.NoticedTransfer;
import com.fundguard.notification.notice.domain.TransferOccurrence;
import com.fundguard.notification.webhook.domain.WebhookDelivery;
import com.fundguard.notification.webhook.domain.WebhookEndpoint;
import com.fundguard.notification.webhook.domain.WebhookEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every applied event becomes one pending delivery per enabled endpoint of its enterprise that receives its type.
 * Runs in the event inbox's transaction after the notices, so the kept transfer already reflects the event; the
 * payload is written once here and sent unchanged on every attempt.
 */
public class WebhookScheduling implements TransferEventSubscriber {

    private static final Logger log = LoggerFactory.getLogger(WebhookScheduling.class);

    private final WebhookEndpoints endpoints;
    private final WebhookDeliveries deliveries;
    private final NoticedTransfers transfers;
    private final WebhookPayloads payloads;
    private final Clock clock;

    public WebhookScheduling(WebhookEndpoints endpoints, WebhookDeliveries deliveries, NoticedTransfers transfers,
                             WebhookPayloads payloads, Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.transfers = transfers;
        this.payloads = payloads;
        this.clock = clock;
    }

    @Override
    public void occurred(TransferOccurrence occurrence) {
        String type = occurrence.kind().eventType();
        List<WebhookEndpoint> receiving = endpoints.receiving(occurrence.enterpriseId(), type);
        if (receiving.isEmpty()) {
            return;
        }
        Optional<NoticedTransfer> kept = transfers.find(occurrence.enterpriseId(), occurrence.transferId());
        WebhookEvent event = new WebhookEvent(occurrence.eventId(), type, occurrence.occurredAt(), occurrence.enterpriseId(),
                occurrence.transferId(), occurrence.reference().or(() -> kept.map(NoticedTransfer::reference)),
                kept.map(NoticedTransfer::amount), kept.map(NoticedTransfer::currency), kept.map(NoticedTransfer::payeeName),
                kept.map(NoticedTransfer::maskedPayeeAccount), WebhookEvent.stateAfter(occurrence.kind(), occurrence.nextState()),
                occurrence.reason());
        String payload = payloads.render(event);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        for (WebhookEndpoint endpoint : receiving) {
            deliveries.schedule(WebhookDelivery.pending(endpoint, occurrence.eventId(), type, payload, now));
        }
        log.info("event {} of type {} scheduled for {} webhook endpoint(s) of enterprise {}", occurrence.eventId(), type,
                receiving.size(), occurrence.enterpriseId());
    }
}
