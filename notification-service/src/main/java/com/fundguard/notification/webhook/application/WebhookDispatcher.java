package com.fundguard.notification.webhook.application;

import com.fundguard.notification.webhook.domain.WebhookDelivery;
import com.fundguard.notification.webhook.domain.WebhookEndpoint;
import com.fundguard.notification.webhook.domain.WebhookRetryPolicy;
import com.fundguard.notification.webhook.domain.WebhookSecret;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Sends due webhook deliveries, one per transaction: the claim's row lock is held while the endpoint is called (at
 * most the transport's connect and read timeouts), so another instance skips that delivery and takes the next. A 2xx
 * answer delivers it; anything else, a timeout included, is a failed attempt: retried after the policy's pause, or
 * parked on the dead-letter list after the last one. Log lines name the delivery and endpoint ids, never the secret,
 * the signature or the payload.
 */
public class WebhookDispatcher {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final WebhookDeliveries deliveries;
    private final WebhookEndpoints endpoints;
    private final WebhookTransport transport;
    private final WebhookRetryPolicy policy;
    private final TransactionOperations transactions;
    private final Clock clock;
    private final int batch;

    public WebhookDispatcher(WebhookDeliveries deliveries, WebhookEndpoints endpoints, WebhookTransport transport,
                             WebhookRetryPolicy policy, TransactionOperations transactions, Clock clock, int batch) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.transport = transport;
        this.policy = policy;
        this.transactions = transactions;
        this.clock = clock;
        this.batch = batch;
    }

    /** One round: attempts up to a batch of due deliveries; returns how many were attempted. */
    public int dispatchDue() {
        int attempted = 0;
        while (attempted < batch && Boolean.TRUE.equals(transactions.execute(status -> attemptOne()))) {
            attempted++;
        }
        return attempted;
    }

    private boolean attemptOne() {
        Optional<WebhookDelivery> claimed = deliveries.claimDue(now());
        if (claimed.isEmpty()) {
            return false;
        }
        WebhookDelivery due = claimed.get();
        WebhookTransport.Outcome outcome;
        try {
            outcome = send(due);
        } catch (RuntimeException failure) {
            // A secret that does not decrypt, an endpoint gone: the attempt fails like an unreachable endpoint would.
            outcome = new WebhookTransport.Outcome.Failed(failure.getClass().getSimpleName() + ": " + failure.getMessage());
        }
        Instant after = now();
        switch (outcome) {
            case WebhookTransport.Outcome.Accepted accepted -> {
                WebhookDelivery delivered = due.deliver(after);
                deliveries.update(delivered);
                log.info("webhook delivery {} of event {} to endpoint {} delivered (HTTP {}, attempt {})", due.id(),
                        due.eventId(), due.endpointId(), accepted.status(), delivered.attempts());
            }
            case WebhookTransport.Outcome.Failed failed -> {
                WebhookDelivery later = due.failAttempt(failed.why(), after, policy);
                deliveries.update(later);
                if (later.state() == WebhookDelivery.State.DEAD) {
                    log.warn("webhook delivery {} of event {} to endpoint {} failed its last attempt ({} of {}) and is parked "
                                    + "on the dead-letter list: {}", due.id(), due.eventId(), due.endpointId(), later.attempts(),
                            policy.maxAttempts(), failed.why());
                } else {
                    log.warn("webhook delivery {} of event {} to endpoint {} failed (attempt {} of {}), next attempt at {}: {}",
                            due.id(), due.eventId(), due.endpointId(), later.attempts(), policy.maxAttempts(),
                            later.nextAttemptAt(), failed.why());
                }
            }
        }
        return true;
    }

    private WebhookTransport.Outcome send(WebhookDelivery due) {
        WebhookEndpoint endpoint = endpoints.find(due.enterpriseId(), due.endpointId())
                .orElseThrow(() -> new IllegalStateException("the delivery's endpoint is not kept"));
        WebhookSecret secret = endpoints.secretOf(endpoint);
        // A fresh timestamp per attempt: the ERP may refuse old ones, and a retry is not an old message.
        long timestamp = clock.instant().getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(WebhookSignature.ID_HEADER, due.id().toString());
        headers.put(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp));
        headers.put(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.v1(secret, timestamp, due.payload()));
        return transport.post(endpoint.url(), headers, due.payload());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
