package com.fundguard.gateway.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One gateway on a random HTTPS port in front of one {@link TestBed}, shared by the integration tests that extend
 * this (same configuration, so Spring starts it once). Limits are set high here; the tests of limits and of
 * failing dependencies start their own gateway.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class GatewayITBase {

    protected static final TestBed bed = new TestBed();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        bed.configure((name, value) -> registry.add(name, () -> value));
        registry.add("fundguard.gateway.limits.per-ip-per-minute", () -> "1000000");
        registry.add("fundguard.gateway.limits.per-user-per-minute", () -> "1000000");
        registry.add("fundguard.gateway.limits.strict-per-ip-per-minute", () -> "1000000");
        registry.add("fundguard.gateway.limits.strict-per-user-per-minute", () -> "1000000");
        registry.add("fundguard.gateway.resilience.timeouts.reconciliation", () -> "1s");
    }

    protected GatewayClient client() {
        return GatewayClient.of(bed, port);
    }
}
