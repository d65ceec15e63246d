package com.fundguard.notification.webhook.application;

import com.fundguard.notification.webhook.domain.WebhookDelivery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where webhook deliveries are kept. */
public interface WebhookDeliveries {

    /** Keeps a new delivery; one for the same endpoint and event is kept as it is. */
    void schedule(WebhookDelivery delivery);

    /**
     * One pending delivery due by {@code now} to an enabled endpoint, locked for this transaction; deliveries other
     * transactions hold are skipped ({@code FOR UPDATE SKIP LOCKED}), so two dispatchers never send the same one.
     */
    Optional<WebhookDelivery> claimDue(Instant now);

    void update(WebhookDelivery delivery);

    /** The enterprise's delivery, locked for this transaction. */
    Optional<WebhookDelivery> findForUpdate(UUID enterpriseId, UUID deliveryId);

    Optional<WebhookDelivery> find(UUID enterpriseId, UUID deliveryId);

    /** An endpoint's pending deliveries, locked for this transaction. */
    List<WebhookDelivery> pendingForUpdate(UUID enterpriseId, UUID endpointId);

    /** The enterprise's dead letters, the most recently parked first. */
    List<WebhookDelivery> deadLetters(UUID enterpriseId, int limit);
}
