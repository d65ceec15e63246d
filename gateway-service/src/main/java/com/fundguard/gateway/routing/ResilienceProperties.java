package com.fundguard.gateway.routing;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Timeouts and circuit breakers per route ({@code fundguard.gateway.resilience.*}).
 *
 * @param timeout      how long a service may take to answer before the client gets 504
 * @param timeouts     per route id ({@code voucher}, {@code reconciliation}, ...) where uploads need longer
 * @param failureRate  percentage of failed calls (over the last {@code window}) that opens a route's circuit
 * @param window       how many recent calls the failure rate is measured over
 * @param openFor      how long an open circuit answers 503 at once before letting trial calls through
 */
@ConfigurationProperties("fundguard.gateway.resilience")
public record ResilienceProperties(
        @DefaultValue("10s") Duration timeout,
        Map<String, Duration> timeouts,
        @DefaultValue("50") float failureRate,
        @DefaultValue("20") int window,
        @DefaultValue("10s") Duration openFor) {

    public ResilienceProperties {
        timeouts = timeouts == null ? Map.of() : Map.copyOf(timeouts);
    }

    Duration timeoutOf(String route) {
        return timeouts.getOrDefault(route, timeout);
    }
}
