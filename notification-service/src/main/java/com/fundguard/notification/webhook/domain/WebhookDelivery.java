package com.fundguard.notification.webhook.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One event sent to one endpoint: unique per (endpoint, event), so a redelivered event never sends twice. Its id is
 * the {@code FundGuard-Webhook-Id} header, the same on every attempt and replay, so the ERP can drop a repeat. The
 * payload is fixed when the event arrives; each attempt signs it afresh.
 * <pre>
 * PENDING --deliver--> DELIVERED
 * PENDING --failAttempt--> PENDING (later, by the retry policy) | DEAD (after the last attempt)
 * PENDING --park--> DEAD (its endpoint was disabled)
 * DEAD --replay--> PENDING (attempts from 0, due at once)
 * </pre>
 *
 * @param attempts  attempts made since it was created or last replayed
 * @param lastError why the last attempt failed, a short line: the status and the start of the answer, or the I/O error
 */
public record WebhookDelivery(UUID id, UUID endpointId, UUID enterpriseId, String eventId, String eventType,
                              String payload, State state, int attempts, Instant nextAttemptAt,
                              Optional<Instant> lastAttemptAt, Optional<String> lastError, Optional<Instant> deliveredAt,
                              Optional<Instant> parkedAt, Instant createdAt) {

    public enum State { PENDING, DELIVERED, DEAD }

    public WebhookDelivery {
        Objects.requireNonNull(id);
        Objects.requireNonNull(endpointId);
        Objects.requireNonNull(enterpriseId);
        Objects.requireNonNull(eventId);
        Objects.requireNonNull(eventType);
        Objects.requireNonNull(payload);
        Objects.requireNonNull(state);
        Objects.requireNonNull(nextAttemptAt);
        Objects.requireNonNull(createdAt);
    }

    /** A new delivery of an event to an endpoint, due at once. */
    public static WebhookDelivery pending(WebhookEndpoint endpoint, String eventId, String eventType, String payload,
                                          Instant at) {
        return new WebhookDelivery(UUID.randomUUID(), endpoint.id(), endpoint.enterpriseId(), eventId, eventType, payload,
                State.PENDING, 0, at, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), at);
    }

    /** The endpoint answered 2xx. */
    public WebhookDelivery deliver(Instant at) {
        require(State.PENDING, "deliver");
        return new WebhookDelivery(id, endpointId, enterpriseId, eventId, eventType, payload, State.DELIVERED, attempts + 1,
                nextAttemptAt, Optional.of(at), lastError, Optional.of(at), parkedAt, createdAt);
    }

    /**
     * The endpoint answered otherwise, or not in time: try again after the policy's pause, or park the delivery on the
     * dead-letter list when that was the last attempt. {@code why} is a short line that names no secret.
     */
    public WebhookDelivery failAttempt(String why, Instant at, WebhookRetryPolicy policy) {
        require(State.PENDING, "failAttempt");
        int made = attempts + 1;
        if (policy.exhaustedAfter(made)) {
            return new WebhookDelivery(id, endpointId, enterpriseId, eventId, eventType, payload, State.DEAD, made, at,
                    Optional.of(at), Optional.of(why), deliveredAt, Optional.of(at), createdAt);
        }
        return new WebhookDelivery(id, endpointId, enterpriseId, eventId, eventType, payload, State.PENDING, made,
                at.plus(policy.delayAfter(made)), Optional.of(at), Optional.of(why), deliveredAt, parkedAt, createdAt);
    }

    /** Its endpoint was disabled before it got through: parked on the dead-letter list, not dropped. */
    public WebhookDelivery park(String why, Instant at) {
        require(State.PENDING, "park");
        return new WebhookDelivery(id, endpointId, enterpriseId, eventId, eventType, payload, State.DEAD, attempts, at,
                lastAttemptAt, Optional.of(why), deliveredAt, Optional.of(at), createdAt);
    }

    /** An admin sends a dead letter again: attempts start over, due at once, under the same delivery id. */
    public WebhookDelivery replay(Instant at) {
        require(State.DEAD, "replay");
        return new WebhookDelivery(id, endpointId, enterpriseId, eventId, eventType, payload, State.PENDING, 0, at,
                lastAttemptAt, lastError, deliveredAt, Optional.empty(), createdAt);
    }

    private void require(State expected, String act) {
        if (state != expected) {
            throw new WebhookActRefused("webhook delivery " + id, state, act);
        }
    }

    @Override
    public String toString() {
        // The payload names amounts and payees: it stays out of log lines that print the delivery.
        return "WebhookDelivery[" + id + ", endpoint " + endpointId + ", " + eventType + ", " + state + ", attempts " + attempts + "]";
    }
}
