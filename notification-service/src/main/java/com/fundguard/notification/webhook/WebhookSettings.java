package com.fundguard.notification.webhook;

import com.fundguard.notification.webhook.domain.WebhookUrlPolicy;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code fundguard.notification.webhook.*}.
 *
 * @param firstRetry        pause after a delivery's first failed attempt; it doubles with each further one
 * @param maxRetry          the longest pause between two attempts
 * @param maxAttempts       attempts before a delivery is parked on the dead-letter list
 * @param connectTimeout    how long to wait for the endpoint's connection
 * @param readTimeout       how long to wait for its answer; both bound how long a claimed delivery's row stays locked
 * @param batch             deliveries attempted per dispatcher round
 * @param allowLoopbackHttp accept URLs to this machine's loopback, {@code http://} ones too (tests, the local stack);
 *                          never in production
 */
@ConfigurationProperties("fundguard.notification.webhook")
record WebhookSettings(@DefaultValue("PT30S") Duration firstRetry, @DefaultValue("PT1H") Duration maxRetry,
                       @DefaultValue("8") int maxAttempts, @DefaultValue("PT5S") Duration connectTimeout,
                       @DefaultValue("PT10S") Duration readTimeout, @DefaultValue("20") int batch,
                       @DefaultValue("false") boolean allowLoopbackHttp) {

    WebhookUrlPolicy urlPolicy() {
        return new WebhookUrlPolicy(allowLoopbackHttp);
    }
}
