package com.fundguard.notification.webhook.application;

import com.fundguard.notification.webhook.domain.WebhookActRefused;
import com.fundguard.notification.webhook.domain.WebhookDelivery;
import com.fundguard.notification.webhook.domain.WebhookEndpoint;
import com.fundguard.notification.webhook.domain.WebhookEvent;
import com.fundguard.notification.webhook.domain.WebhookSecret;
import com.fundguard.notification.webhook.domain.WebhookUrlPolicy;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionOperations;

/**
 * What an enterprise admin does with the enterprise's webhooks: subscribe an endpoint (its secret is made here and
 * shown once), list, disable, rotate the secret, read the dead letters and replay one. The caller's role and
 * enterprise are checked by the controller; every read here is scoped to the enterprise, so another enterprise's
 * endpoint or delivery is simply not found.
 */
public class WebhookSubscriptions {

    private static final Logger log = LoggerFactory.getLogger(WebhookSubscriptions.class);

    /** The platform events an endpoint can receive: those this service consumes. */
    public static final Set<String> EVENT_TYPES = Set.copyOf(WebhookEvent.subscribableTypes());
    public static final int MAX_DESCRIPTION = 200;

    private final WebhookEndpoints endpoints;
    private final WebhookDeliveries deliveries;
    private final WebhookUrlPolicy urls;
    private final TransactionOperations transactions;
    private final SecureRandom random;
    private final Clock clock;

    public WebhookSubscriptions(WebhookEndpoints endpoints, WebhookDeliveries deliveries, WebhookUrlPolicy urls,
                                TransactionOperations transactions, SecureRandom random, Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.urls = urls;
        this.transactions = transactions;
        this.random = random;
        this.clock = clock;
    }

    /** A new endpoint and the only time its secret is shown. */
    public record Subscribed(WebhookEndpoint endpoint, WebhookSecret secret) {
    }

    /** A new secret for an endpoint, shown this once. */
    public record Rotated(WebhookEndpoint endpoint, WebhookSecret secret) {
    }

    public Subscribed subscribe(UUID enterpriseId, UUID admin, String url, Set<String> eventTypes, String description) {
        WebhookEndpoint endpoint = switch (urls.check(url)) {
            case WebhookUrlPolicy.Verdict.Refused refused -> throw new WebhookRequestRefused("url", refused.reason());
            case WebhookUrlPolicy.Verdict.Allowed allowed -> WebhookEndpoint.subscribe(enterpriseId, allowed.url(),
                    checkedEventTypes(eventTypes), checkedDescription(description), admin, now());
        };
        WebhookSecret secret = newSecret();
        transactions.executeWithoutResult(status -> endpoints.add(endpoint, secret));
        log.info("webhook {} of enterprise {} subscribed by {} to {} event type(s)", endpoint.id(), enterpriseId, admin,
                endpoint.eventTypes().size());
        return new Subscribed(endpoint, secret);
    }

    public List<WebhookEndpoint> of(UUID enterpriseId) {
        return endpoints.of(enterpriseId);
    }

    /** No new deliveries to it; its pending ones are parked on the dead-letter list, in the same transaction. */
    public WebhookEndpoint disable(UUID enterpriseId, UUID endpointId, UUID admin) {
        WebhookEndpoint disabled = transactions.execute(status -> {
            WebhookEndpoint endpoint = endpoints.findForUpdate(enterpriseId, endpointId)
                    .orElseThrow(() -> new NoSuchWebhookException("webhook " + endpointId));
            Instant now = now();
            WebhookEndpoint after = endpoint.disable(now);
            endpoints.update(after);
            for (WebhookDelivery pending : deliveries.pendingForUpdate(enterpriseId, endpointId)) {
                deliveries.update(pending.park("the endpoint was disabled before it got through", now));
            }
            return after;
        });
        log.info("webhook {} of enterprise {} disabled by {}", endpointId, enterpriseId, admin);
        return disabled;
    }

    public Rotated rotateSecret(UUID enterpriseId, UUID endpointId, UUID admin) {
        WebhookSecret secret = newSecret();
        WebhookEndpoint rotated = transactions.execute(status -> {
            WebhookEndpoint endpoint = endpoints.findForUpdate(enterpriseId, endpointId)
                    .orElseThrow(() -> new NoSuchWebhookException("webhook " + endpointId));
            WebhookEndpoint after = endpoint.rotateSecret(now());
            endpoints.replaceSecret(after, secret);
            return after;
        });
        log.info("webhook {} of enterprise {}: secret rotated by {}", endpointId, enterpriseId, admin);
        return new Rotated(rotated, secret);
    }

    public List<WebhookDelivery> deadLetters(UUID enterpriseId, int limit) {
        return deliveries.deadLetters(enterpriseId, limit);
    }

    /** Back to pending with attempts from 0, under the same delivery id; each attempt is signed afresh. */
    public WebhookDelivery replay(UUID enterpriseId, UUID deliveryId, UUID admin) {
        WebhookDelivery replayed = transactions.execute(status -> {
            WebhookDelivery dead = deliveries.findForUpdate(enterpriseId, deliveryId)
                    .orElseThrow(() -> new NoSuchWebhookException("webhook delivery " + deliveryId));
            WebhookEndpoint endpoint = endpoints.find(enterpriseId, dead.endpointId())
                    .orElseThrow(() -> new NoSuchWebhookException("webhook " + dead.endpointId()));
            if (endpoint.state() != WebhookEndpoint.State.ENABLED) {
                throw new WebhookActRefused("webhook " + endpoint.id(), endpoint.state(), "replay");
            }
            WebhookDelivery after = dead.replay(now());
            deliveries.update(after);
            return after;
        });
        log.info("webhook delivery {} of enterprise {} replayed by {}", deliveryId, enterpriseId, admin);
        return replayed;
    }

    private static Set<String> checkedEventTypes(Set<String> eventTypes) {
        if (eventTypes == null || eventTypes.isEmpty()) {
            throw new WebhookRequestRefused("eventTypes", "name at least one event type");
        }
        Set<String> unknown = new TreeSet<>(eventTypes);
        unknown.removeAll(EVENT_TYPES);
        if (!unknown.isEmpty()) {
            throw new WebhookRequestRefused("eventTypes", "not sent by this service: " + String.join(", ", unknown)
                    + "; known: " + String.join(", ", new TreeSet<>(EVENT_TYPES)));
        }
        return eventTypes;
    }

    private static String checkedDescription(String description) {
        String text = description == null ? "" : description.strip();
        if (text.length() > MAX_DESCRIPTION) {
            throw new WebhookRequestRefused("description", "must be at most " + MAX_DESCRIPTION + " characters");
        }
        return text;
    }

    private WebhookSecret newSecret() {
        byte[] key = new byte[WebhookSecret.BYTES];
        random.nextBytes(key);
        return WebhookSecret.of(key);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
