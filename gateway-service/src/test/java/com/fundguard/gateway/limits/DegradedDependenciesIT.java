package com.fundguard.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import com.fundguard.gateway.access.Role;
import com.fundguard.gateway.agent.Thumbprints;
import com.fundguard.gateway.support.GatewayClient;
import com.fundguard.gateway.support.TestBed;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A gateway of its own, with what can go wrong gone wrong: approval-service down, identity-service serving no
 * valid revocation list, and small rate limits. Each failure is a problem detail, never a hang or a pass-through.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DegradedDependenciesIT {

    static final TestBed bed = new TestBed();

    @LocalServerPort
    int port;

    @Autowired
    Resilience4JCircuitBreakerFactory breakers;

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        bed.crlAnswer.set(Map.entry(500, new byte[0]));
        bed.configure((name, value) -> registry.add(name, () -> value));
        // Nothing listens on port 1: the approval route's service is down.
        registry.add("fundguard.gateway.services.approval", () -> "http://127.0.0.1:1");
        registry.add("fundguard.gateway.limits.per-ip-per-minute", () -> "1000");
        registry.add("fundguard.gateway.limits.per-user-per-minute", () -> "1000");
        registry.add("fundguard.gateway.limits.strict-per-ip-per-minute", () -> "5");
        registry.add("fundguard.gateway.limits.strict-per-user-per-minute", () -> "2");
    }

    @AfterAll
    static void stop() {
        bed.stop();
    }

    @Test
    void aServiceThatIsDownIs503ProblemDetailsAndItsOpenCircuitAnswersAtOnce() throws Exception {
        GatewayClient client = GatewayClient.from(bed, port, "127.0.0.10");
        String token = bed.token(UUID.randomUUID().toString(), bed.enterprise, Role.AUTHORIZER);
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            answers.add(client.request("GET", "/api/enterprises/" + bed.enterprise + "/transfers").bearer(token).send());
        }

        assertThat(answers).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.body()).contains("problems/service-unavailable", "\"service\":\"approval\"");
        });
        assertThat(breakers.getCircuitBreakerRegistry().circuitBreaker("approval").getState())
                .isEqualTo(io.github.resilience4j.circuitbreaker.CircuitBreaker.State.OPEN);
        assertThat(breakers.getCircuitBreakerRegistry().circuitBreaker("identity").getState())
                .as("each route has its own breaker")
                .isNotEqualTo(io.github.resilience4j.circuitbreaker.CircuitBreaker.State.OPEN);
    }

    @Test
    void withoutAValidRevocationListAgentRoutesFailClosedWith503() throws Exception {
        TestBed.Agent agent = bed.agent(bed.ca, bed.enterprise, TestBed.AGENT_ID, Duration.ofDays(1));
        String token = bed.agentToken(TestBed.AGENT_ID, bed.enterprise, Thumbprints.x5tS256(agent.certificate()));
        String requestId = "crl-" + UUID.randomUUID();

        HttpResponse<String> response = GatewayClient.presenting(bed, port, agent.pkcs12()).request("POST", "/api/agent/claims")
                .bearer(token).header("X-Request-Id", requestId).json("{}").send();

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("problems/revocation-status-unknown");
        assertThat(bed.receivedWith(requestId)).isEmpty();
    }

    @Test
    void whenIdentityServicesKeysCannotBeFetchedATokenIsNeitherAcceptedNorCalledInvalidBut503() throws Exception {
        bed.jwksDown.set(true);
        try {
            HttpResponse<String> response = GatewayClient.from(bed, port, "127.0.0.40").request("GET", "/api/enterprises/" + bed.enterprise)
                    .bearer(bed.tokenOfANewKey(UUID.randomUUID().toString(), bed.enterprise, Role.AUTHORIZER)).send();

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.body()).contains("problems/token-keys-unavailable");
        } finally {
            bed.jwksDown.set(false);
        }
    }

    @Test
    void signInAttemptsFromOneAddressAreCutOffWith429AndRetryAfter() throws Exception {
        GatewayClient client = GatewayClient.from(bed, port, "127.0.0.20");
        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> last = null;
        for (int i = 0; i < 6; i++) {
            last = client.request("POST", "/login").header("Content-Type", "application/x-www-form-urlencoded")
                    .body(java.net.http.HttpRequest.BodyPublishers.ofString("username=li.wei&password=guess" + i)).send();
            statuses.add(last.statusCode());
        }

        assertThat(statuses).containsExactly(200, 200, 200, 200, 200, 429);
        assertThat(last.headers().firstValue("Retry-After")).hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isBetween(1L, 60L));
        assertThat(last.body()).contains("problems/rate-limited", "retryAfterSeconds");
        HttpResponse<String> elsewhere = GatewayClient.from(bed, port, "127.0.0.21").request("POST", "/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .body(java.net.http.HttpRequest.BodyPublishers.ofString("username=li.wei&password=x")).send();
        assertThat(elsewhere.statusCode()).as("another address has its own bucket").isEqualTo(200);
    }

    @Test
    void secondFactorAttemptsOfOnePersonAreCutOffWhateverAddressTheyComeFrom() throws Exception {
        String person = bed.token(UUID.randomUUID().toString(), bed.enterprise, Role.AUTHORIZER);
        String colleague = bed.token(UUID.randomUUID().toString(), bed.enterprise, Role.AUTHORIZER);

        int first = GatewayClient.from(bed, port, "127.0.0.30").request("POST", "/api/identity/me/totp/verify").bearer(person).json("{}").send().statusCode();
        int second = GatewayClient.from(bed, port, "127.0.0.31").request("POST", "/api/identity/me/totp/verify").bearer(person).json("{}").send().statusCode();
        HttpResponse<String> third = GatewayClient.from(bed, port, "127.0.0.32").request("POST", "/api/identity/me/totp/verify").bearer(person).json("{}").send();
        int other = GatewayClient.from(bed, port, "127.0.0.32").request("POST", "/api/identity/me/totp/verify").bearer(colleague).json("{}").send().statusCode();

        assertThat(List.of(first, second, third.statusCode(), other)).containsExactly(200, 200, 429, 200);
        assertThat(third.headers().firstValue("Retry-After")).isPresent();
    }
}
