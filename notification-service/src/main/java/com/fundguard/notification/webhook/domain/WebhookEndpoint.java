package com.fundguard.notification.webhook.domain;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One enterprise's ERP endpoint: where the platform's transfer and execution events go, which of them it wants, and
 * whether it still receives any. Its signing secret is kept beside it (encrypted), never in this object. ENABLED until
 * an enterprise admin disables it; a disabled endpoint is kept so its dead letters stay readable.
 *
 * @param eventTypes the platform event types it receives, e.g. {@code com.fundguard.execution.failed.v1}
 */
public record WebhookEndpoint(UUID id, UUID enterpriseId, URI url, Set<String> eventTypes, String description,
                              State state, UUID createdBy, Instant createdAt, Optional<Instant> secretRotatedAt,
                              Optional<Instant> disabledAt) {

    public enum State { ENABLED, DISABLED }

    public WebhookEndpoint {
        Objects.requireNonNull(id);
        Objects.requireNonNull(enterpriseId);
        Objects.requireNonNull(url);
        Objects.requireNonNull(description);
        Objects.requireNonNull(state);
        Objects.requireNonNull(createdBy);
        Objects.requireNonNull(createdAt);
        eventTypes = Set.copyOf(eventTypes);
        if (eventTypes.isEmpty()) {
            throw new IllegalArgumentException("an endpoint receives at least one event type");
        }
    }

    public static WebhookEndpoint subscribe(UUID enterpriseId, URI url, Set<String> eventTypes, String description,
                                            UUID admin, Instant at) {
        return new WebhookEndpoint(UUID.randomUUID(), enterpriseId, url, eventTypes, description, State.ENABLED, admin, at,
                Optional.empty(), Optional.empty());
    }

    /** Whether an event of this type is sent here. */
    public boolean receives(String eventType) {
        return state == State.ENABLED && eventTypes.contains(eventType);
    }

    /** The admin turns it off: no new deliveries; the pending ones are parked (see {@link WebhookDelivery#park}). */
    public WebhookEndpoint disable(Instant at) {
        if (state != State.ENABLED) {
            throw new WebhookActRefused("webhook " + id, state, "disable");
        }
        return new WebhookEndpoint(id, enterpriseId, url, eventTypes, description, State.DISABLED, createdBy, createdAt,
                secretRotatedAt, Optional.of(at));
    }

    /** A new secret replaces the old one at once: later attempts, retries included, are signed with it. */
    public WebhookEndpoint rotateSecret(Instant at) {
        if (state != State.ENABLED) {
            throw new WebhookActRefused("webhook " + id, state, "rotateSecret");
        }
        return new WebhookEndpoint(id, enterpriseId, url, eventTypes, description, state, createdBy, createdAt,
                Optional.of(at), disabledAt);
    }
}
