package com.fundguard.gateway.routing;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every route's breaker: its own failure count, and the route's timeout as Resilience4j's time limit. */
@Configuration(proxyBeanMethods = false)
class ResilienceConfiguration {

    @Bean
    Customizer<Resilience4JCircuitBreakerFactory> routeBreakers(ResilienceProperties properties) {
        return factory -> factory.configureDefault(route -> new Resilience4JConfigBuilder(route)
                .timeLimiterConfig(TimeLimiterConfig.custom()
                        .timeoutDuration(properties.timeoutOf(route))
                        .cancelRunningFuture(true)
                        .build())
                .circuitBreakerConfig(CircuitBreakerConfig.custom()
                        .slidingWindowSize(properties.window())
                        .minimumNumberOfCalls(Math.min(properties.window(), 10))
                        .failureRateThreshold(properties.failureRate())
                        .waitDurationInOpenState(properties.openFor())
                        .build())
                .build());
    }
}
