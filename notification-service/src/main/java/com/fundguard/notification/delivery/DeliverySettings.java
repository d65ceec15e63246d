package com.fundguard.notification.delivery;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code fundguard.notification.delivery.*}.
 *
 * @param firstRetry pause after a channel's first failure; it doubles with each further one
 * @param maxRetry   the longest pause between two attempts
 * @param batch      deliveries claimed per dispatcher round
 * @param streamTimeout how long an SSE stream stays open; the client reconnects with Last-Event-ID
 * @param streamHeartbeat how often an idle SSE stream carries a comment, so proxies do not end it for idleness
 */
@ConfigurationProperties("fundguard.notification.delivery")
record DeliverySettings(@DefaultValue("PT1S") Duration firstRetry, @DefaultValue("PT10M") Duration maxRetry,
                        @DefaultValue("50") int batch, @DefaultValue("PT30M") Duration streamTimeout,
                        @DefaultValue("PT20S") Duration streamHeartbeat) {
}
