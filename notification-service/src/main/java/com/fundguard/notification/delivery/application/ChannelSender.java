package com.fundguard.notification.delivery.application;

import com.fundguard.notification.delivery.domain.Channel;
import com.fundguard.notification.delivery.domain.Delivery;

/** Hands a delivery to one channel. Throws {@link ChannelUnavailableException} when the channel is down. */
public interface ChannelSender {

    Channel channel();

    void send(Delivery delivery, long streamPosition) throws ChannelUnavailableException;
}
