package com.fundguard.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway in front of real HTTP servers standing in for the services: each records what reached it, so the
 * test sees which service got which request, and what the gateway did to it on the way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RoutingIT {

    record Received(String service, String method, String path, String idempotencyKey, String body) {
    }

    static final List<Received> received = new CopyOnWriteArrayList<>();
    static final Map<String, HttpServer> services = new ConcurrentHashMap<>();

    static URI service(String name) {
        HttpServer server = services.computeIfAbsent(name, n -> {
            try {
                HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                s.createContext("/", exchange -> {
                    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                    received.add(new Received(n, exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                            exchange.getRequestHeaders().getFirst("Idempotency-Key"), body));
                    byte[] answer = ("{\"answeredBy\": \"" + n + "\"}").getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(201, answer.length);
                    exchange.getResponseBody().write(answer);
                    exchange.close();
                });
                s.start();
                return s;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        for (String name : List.of("identity", "approval", "rules", "bank-connector", "voucher", "notification", "reconciliation")) {
            registry.add("fundguard.gateway.services." + name, () -> service(name).toString());
        }
    }

    @AfterAll
    static void stopServices() {
        services.values().forEach(s -> s.stop(0));
    }

    @LocalServerPort int port;
    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "key-" + path.hashCode());
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "POST, /api/enterprises/e1/transfers, approval",
            "GET, /api/enterprises/e1/transfers/t1, approval",
            "GET, /api/enterprises/e1/users/u1/inbox, notification",
            "POST, /api/enterprises/e1/users/u1/inbox/m1/read, notification",
            "POST, /api/enterprises/e1/rule-sets/r1/publish, rules",
            "POST, /api/enterprises/e1/rule-sets/published/evaluate, rules",
            "GET, /api/rules/data-dictionary, rules",
            "PUT, /api/enterprises/e1/applicant-limits/a1, approval",
            "POST, /api/enterprises/e1/transfers/t1/approve, approval",
            "PUT, /api/enterprises/e1/payer-accounts/CN01, bank-connector",
            "GET, /api/enterprises/e1/vouchers/v1, voucher",
            "POST, /api/enterprises/e1/statements?format=MT940, reconciliation",
            "PUT, /api/enterprises/e1, identity",
            "GET, /api/enterprises/e1/users, identity",
            "PUT, /api/enterprises/e1/users/li.wei, identity"})
    void eachPathReachesTheServiceThatOwnsItUnchanged(String method, String path, String service) throws Exception {
        String body = method.equals("GET") ? null : "{\"amount\": {\"value\": \"125000.50\", \"currency\": \"CNY\"}}";

        HttpResponse<String> response = send(method, path, body);

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).contains("\"answeredBy\": \"" + service + "\"");
        Received last = received.stream().filter(r -> r.path().equals(path)).reduce((a, b) -> b).orElseThrow();
        assertThat(last.service()).isEqualTo(service);
        assertThat(last.method()).isEqualTo(method);
        assertThat(last.idempotencyKey()).isEqualTo("key-" + path.hashCode());
        assertThat(last.body()).isEqualTo(body == null ? "" : body);
    }

    @Test
    void aPathNoServiceOwnsIsNotFoundAndReachesNoService() throws Exception {
        int before = received.size();

        assertThat(send("GET", "/api/admin/everything", null).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/api/enterprises/e1/secrets", null).statusCode()).isEqualTo(404);
        assertThat(received).hasSize(before);
    }

    @Test
    void exposesItsOwnHealthAndMetrics() throws Exception {
        assertThat(send("GET", "/actuator/health", null).body()).contains("\"status\":\"UP\"");
        assertThat(send("GET", "/actuator/prometheus", null).body()).contains("jvm_memory_used_bytes");
        assertThat(send("GET", "/v3/api-docs", null).body()).contains("\"openapi\"");
        assertThat(send("GET", "/actuator/env", null).statusCode()).isEqualTo(404);
    }
}
