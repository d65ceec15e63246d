package com.fundguard.security.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/** Against a real HTTP token endpoint and a real HTTP callee (JDK server), not a mocked client. */
class ServiceTokensTest {

    HttpServer server;
    final List<String> tokenRequests = new CopyOnWriteArrayList<>();
    final List<String> calleeAuthorizations = new CopyOnWriteArrayList<>();

    @BeforeEach
    void identityAndACallee() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/oauth2/token", exchange -> {
            tokenRequests.add(exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = "{\"access_token\":\"token-1\",\"token_type\":\"Bearer\",\"expires_in\":300,\"scope\":\"directory.read\"}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/api/things", exchange -> {
            calleeAuthorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Test
    void callsCarryAClientCredentialsTokenFetchedOnceAndReused() {
        var credentials = new ServiceClientCredentials(base().resolve("/oauth2/token"), "approval-service", "s3cret-value", Set.of("directory.read"));
        RestClient client = RestClient.builder().baseUrl(base().toString()).requestInterceptor(ServiceTokens.interceptor(credentials, new org.springframework.http.client.JdkClientHttpRequestFactory())).build();

        client.get().uri("/api/things").retrieve().toBodilessEntity();
        client.get().uri("/api/things").retrieve().toBodilessEntity();

        assertThat(calleeAuthorizations).containsExactly("Bearer token-1", "Bearer token-1");
        assertThat(tokenRequests).hasSize(1);
        assertThat(tokenRequests.getFirst()).startsWith("Basic ").contains("grant_type=client_credentials");
    }

    @Test
    void withoutCredentialsTheCallGoesOutWithoutAToken() {
        var none = new ServiceClientCredentials(null, null, null, Set.of());
        RestClient client = RestClient.builder().baseUrl(base().toString()).requestInterceptor(ServiceTokens.interceptor(none, new org.springframework.http.client.JdkClientHttpRequestFactory())).build();

        client.get().uri("/api/things").retrieve().toBodilessEntity();

        assertThat(calleeAuthorizations).containsExactly("null");
        assertThat(tokenRequests).isEmpty();
    }

    @Test
    void theSecretIsNotInTheCredentialsText() {
        assertThat(new ServiceClientCredentials(base(), "approval-service", "s3cret-value", Set.of()).toString()).doesNotContain("s3cret-value");
    }
}
