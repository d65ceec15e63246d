package com.fundguard.notification.delivery.adapter.out.inbox;

import com.fundguard.notification.delivery.application.ChannelSender;
import com.fundguard.notification.delivery.domain.Channel;
import com.fundguard.notification.delivery.domain.Delivery;
import com.fundguard.notification.inbox.application.UserInbox;

/** Deliveries into the recipient's in-app inbox; the message's topic is the transfer, its cause the event. */
public class InboxSender implements ChannelSender {

    private final UserInbox inbox;

    public InboxSender(UserInbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public Channel channel() {
        return Channel.INBOX;
    }

    @Override
    public void send(Delivery delivery, long streamPosition) {
        inbox.deliver(delivery.enterpriseId(), delivery.recipientId(), delivery.causedBy(), delivery.topic(),
                delivery.title(), delivery.body());
    }
}
