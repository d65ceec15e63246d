package com.fundguard.notification.delivery.application;

import com.fundguard.notification.delivery.domain.Channel;
import com.fundguard.notification.delivery.domain.Delivery;

/**
 * Hands a delivery to one channel. Throws {@link ChannelUnavailableException} when the channel is down (tried again
 * later) and {@link ChannelRefusedException} when it will never take this message (failed for good).
 */
public interface ChannelSender {

    Channel channel();

    void send(Delivery delivery, long streamPosition) throws ChannelUnavailableException, ChannelRefusedException;
}
