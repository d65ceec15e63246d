package com.fundguard.agent.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The agent's token: client credentials for its own client id, kept while valid, fetched again before it ends. */
class AccessTokensTest {

    final UUID enterprise = UUID.randomUUID();
    final List<String> requests = new CopyOnWriteArrayList<>();
    HttpServer tokenEndpoint;

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-23T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @BeforeEach
    void start() throws Exception {
        tokenEndpoint = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        tokenEndpoint.createContext("/oauth2/token", exchange -> {
            requests.add(URLDecoder.decode(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8), StandardCharsets.UTF_8));
            byte[] body = ("{\"access_token\":\"token-" + requests.size() + "\",\"token_type\":\"Bearer\",\"expires_in\":300}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        tokenEndpoint.start();
    }

    @AfterEach
    void stop() {
        tokenEndpoint.stop(0);
    }

    @Test
    void asksForClientCredentialsAsTheAgentsOwnClientAndKeepsTheTokenUntilAFifthOfItsLifeIsLeft() {
        MovableClock clock = new MovableClock();
        AccessTokens tokens = new AccessTokens(HttpClient.newHttpClient(), URI.create("http://127.0.0.1:" + tokenEndpoint.getAddress().getPort()),
                enterprise, "ukey-desk-1", clock);

        assertThat(tokens.current()).isEqualTo("token-1");
        clock.now = clock.now.plus(Duration.ofSeconds(239));
        assertThat(tokens.current()).isEqualTo("token-1");
        clock.now = clock.now.plus(Duration.ofSeconds(1));
        assertThat(tokens.current()).as("refreshed 60 s before expiry").isEqualTo("token-2");
        tokens.refused();
        assertThat(tokens.current()).as("a refused token is replaced at once").isEqualTo("token-3");

        assertThat(requests).first().asString()
                .contains("grant_type=client_credentials", "scope=execution", "client_id=agent." + enterprise + ".ukey-desk-1");
        assertThat(tokens.validUntil()).contains(clock.now.plus(Duration.ofSeconds(300)));
    }
}
