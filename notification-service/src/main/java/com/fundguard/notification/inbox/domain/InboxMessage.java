package com.fundguard.notification.inbox.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One message in one user's in-app inbox, caused by one event. Reading it is the only thing that changes it.
 *
 * @param causedBy the id of the event the message tells of; one event gives a user at most one message
 */
public record InboxMessage(UUID id, UUID enterpriseId, UUID recipientId, String causedBy, String topic,
                           String title, String body, Instant createdAt, Optional<Instant> readAt) {

    public InboxMessage {
        Objects.requireNonNull(id);
        Objects.requireNonNull(enterpriseId);
        Objects.requireNonNull(recipientId);
        Objects.requireNonNull(causedBy);
        Objects.requireNonNull(title);
        Objects.requireNonNull(body);
        Objects.requireNonNull(createdAt);
        Objects.requireNonNull(readAt);
    }

    public static InboxMessage deliver(UUID enterpriseId, UUID recipientId, String causedBy, String topic,
                                       String title, String body, Clock clock) {
        return new InboxMessage(UUID.randomUUID(), enterpriseId, recipientId, causedBy, topic, title, body,
                clock.instant().truncatedTo(ChronoUnit.MICROS), Optional.empty());
    }

    /** The recipient read it; reading again keeps the first time. */
    public InboxMessage read(Clock clock) {
        return readAt.isPresent() ? this : new InboxMessage(id, enterpriseId, recipientId, causedBy, topic, title, body,
                createdAt, Optional.of(clock.instant().truncatedTo(ChronoUnit.MICROS)));
    }

    public boolean unread() {
        return readAt.isEmpty();
    }
}
