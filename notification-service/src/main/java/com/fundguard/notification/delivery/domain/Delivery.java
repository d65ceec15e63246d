package com.fundguard.notification.delivery.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One message of one notice to one person on one channel: unique per (cause, recipient, channel), so a redelivered
 * event never makes a second one. PENDING until the channel took it (SENT); while the channel is down it stays
 * PENDING with a later attempt time. FAILED when the channel refused it for good (an SMS to a person without a number,
 * or one the gateway refuses): trying again cannot help, so it is not tried again, and the row keeps why.
 *
 * @param causedBy the event the notice tells of
 * @param address  where e-mail goes; empty for the other channels
 */
public record Delivery(UUID id, UUID enterpriseId, UUID recipientId, String causedBy, Channel channel, String topic,
                       String title, String body, Optional<String> address, State state, int failedAttempts,
                       Instant nextAttemptAt, Optional<Instant> sentAt, Optional<String> lastFailure) {

    public enum State { PENDING, SENT, FAILED }

    public Delivery {
        Objects.requireNonNull(id);
        Objects.requireNonNull(enterpriseId);
        Objects.requireNonNull(recipientId);
        Objects.requireNonNull(causedBy);
        Objects.requireNonNull(channel);
        Objects.requireNonNull(title);
        Objects.requireNonNull(body);
        Objects.requireNonNull(state);
        Objects.requireNonNull(nextAttemptAt);
    }

    public static Delivery pending(UUID enterpriseId, UUID recipientId, String causedBy, Channel channel, String topic,
                                   String title, String body, Optional<String> address, Instant dueAt) {
        return new Delivery(UUID.randomUUID(), enterpriseId, recipientId, causedBy, channel, topic, title, body, address,
                State.PENDING, 0, dueAt, Optional.empty(), Optional.empty());
    }

    /** The channel took it. */
    public Delivery sent(Instant at) {
        requirePending("sent");
        return new Delivery(id, enterpriseId, recipientId, causedBy, channel, topic, title, body, address, State.SENT,
                failedAttempts, nextAttemptAt, Optional.of(at), lastFailure);
    }

    /** The channel is down: try again after the backoff, never give up. {@code why} names no secret. */
    public Delivery retryLater(String why, Instant now, RetryBackoff backoff) {
        requirePending("retried");
        int failed = failedAttempts + 1;
        return new Delivery(id, enterpriseId, recipientId, causedBy, channel, topic, title, body, address, State.PENDING,
                failed, now.plus(backoff.after(failed)), Optional.empty(), Optional.of(why));
    }

    /** The channel refused it for good: never tried again. {@code why} names no secret. */
    public Delivery refused(String why) {
        requirePending("refused");
        return new Delivery(id, enterpriseId, recipientId, causedBy, channel, topic, title, body, address, State.FAILED,
                failedAttempts + 1, nextAttemptAt, Optional.empty(), Optional.of(why));
    }

    private void requirePending(String act) {
        if (state != State.PENDING) {
            throw new IllegalStateException("delivery " + id + " is " + state + " and cannot be " + act);
        }
    }
}
