package com.fundguard.notification.inbox.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InboxMessageTest {

    @Test
    void aDeliveredMessageIsUnreadUntilReadAndReadingAgainKeepsTheFirstTime() {
        Clock nine = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
        Clock ten = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
        InboxMessage message = InboxMessage.deliver(UUID.randomUUID(), UUID.randomUUID(), "event-1", "t", "title", "body", nine);

        InboxMessage read = message.read(nine);
        InboxMessage readAgain = read.read(ten);

        assertThat(message.unread()).isTrue();
        assertThat(read.readAt()).contains(nine.instant());
        assertThat(readAgain.readAt()).contains(nine.instant());
    }
}
