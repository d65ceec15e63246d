package com.fundguard.notification.inbox.application;

import com.fundguard.notification.inbox.domain.InboxMessage;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where inbox messages are kept; every lookup names the enterprise and the recipient. */
public interface InboxMessages {

    /** Keeps a new message; one for the same recipient and cause is kept as it is (a resent delivery). */
    void add(InboxMessage message);

    void update(InboxMessage message);

    List<InboxMessage> latest(UUID enterpriseId, UUID recipientId, int limit);

    long unreadCount(UUID enterpriseId, UUID recipientId);

    Optional<InboxMessage> find(UUID enterpriseId, UUID recipientId, UUID messageId);
}
