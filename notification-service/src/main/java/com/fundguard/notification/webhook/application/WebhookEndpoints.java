package com.fundguard.notification.webhook.application;

import com.fundguard.notification.webhook.domain.WebhookEndpoint;
import com.fundguard.notification.webhook.domain.WebhookSecret;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where endpoints are kept, each with its signing secret encrypted at rest; every read is scoped to one enterprise. */
public interface WebhookEndpoints {

    void add(WebhookEndpoint endpoint, WebhookSecret secret);

    /** The endpoint of that enterprise, locked for this transaction. */
    Optional<WebhookEndpoint> findForUpdate(UUID enterpriseId, UUID endpointId);

    Optional<WebhookEndpoint> find(UUID enterpriseId, UUID endpointId);

    /** All of the enterprise's endpoints, enabled or not, oldest first. */
    List<WebhookEndpoint> of(UUID enterpriseId);

    /** The enterprise's enabled endpoints that receive this event type. */
    List<WebhookEndpoint> receiving(UUID enterpriseId, String eventType);

    void update(WebhookEndpoint endpoint);

    void replaceSecret(WebhookEndpoint endpoint, WebhookSecret secret);

    /** The endpoint's secret, decrypted for signing; never for an API answer. */
    WebhookSecret secretOf(WebhookEndpoint endpoint);
}
