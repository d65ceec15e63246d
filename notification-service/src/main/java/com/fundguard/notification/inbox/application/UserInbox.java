package com.fundguard.notification.inbox.application;

import com.fundguard.notification.inbox.domain.InboxMessage;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Delivers messages into users' inboxes and lets each user read their own. */
public class UserInbox {

    private final InboxMessages messages;
    private final Clock clock;

    public UserInbox(InboxMessages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /** Runs inside the event inbox's transaction: the message and the "event applied" mark commit together. */
    public InboxMessage deliver(UUID enterpriseId, UUID recipientId, String eventId, String topic, String title,
                                String body) {
        InboxMessage message = InboxMessage.deliver(enterpriseId, recipientId, eventId, topic, title, body, clock);
        messages.add(message);
        return message;
    }

    public List<InboxMessage> latest(UUID enterpriseId, UUID recipientId, int limit) {
        return messages.latest(enterpriseId, recipientId, limit);
    }

    public long unreadCount(UUID enterpriseId, UUID recipientId) {
        return messages.unreadCount(enterpriseId, recipientId);
    }

    public Optional<InboxMessage> markRead(UUID enterpriseId, UUID recipientId, UUID messageId) {
        return messages.find(enterpriseId, recipientId, messageId).map(message -> {
            InboxMessage read = message.read(clock);
            messages.update(read);
            return read;
        });
    }
}
