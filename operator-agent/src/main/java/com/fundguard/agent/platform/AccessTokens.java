package com.fundguard.agent.platform;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The agent's access token: OAuth 2.0 client credentials at the gateway's {@code /oauth2/token}, the client
 * authenticated by the agent's certificate in the TLS handshake (RFC 8705 {@code tls_client_auth}) and the token bound
 * to that certificate, so it is worthless on any other connection. Client id {@code agent.<enterprise>.<agent>}, as
 * identity-service registered it at enrolment. Fetched again before it expires (a fifth of its life, at least 30 s,
 * ahead), and at once when the platform refused it.
 */
public final class AccessTokens {

    /** The scope identity-service registers for every enrolled agent. */
    static final String SCOPE = "execution";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration MINIMUM_MARGIN = Duration.ofSeconds(30);

    private final HttpClient http;
    private final URI tokenEndpoint;
    private final String clientId;
    private final Clock clock;
    private Held held;

    private record Held(String value, Instant refreshAt, Instant expiresAt) {
    }

    public AccessTokens(HttpClient http, URI gateway, UUID enterpriseId, String agentId, Clock clock) {
        this.http = http;
        this.tokenEndpoint = gateway.resolve("/oauth2/token");
        this.clientId = "agent." + enterpriseId + "." + agentId;
        this.clock = clock;
    }

    /** A token valid for a while yet, fetched when the one held is near its end. */
    public synchronized String current() {
        if (held == null || !clock.instant().isBefore(held.refreshAt())) {
            held = fetch();
        }
        return held.value();
    }

    /** The platform refused the token (401): the next call fetches a new one. */
    public synchronized void refused() {
        held = null;
    }

    /** Until when the held token is valid, for the status page; empty when none is held. */
    public synchronized Optional<Instant> validUntil() {
        return Optional.ofNullable(held).map(Held::expiresAt);
    }

    private Held fetch() {
        // The execution API needs the scope it was registered with; without asking, the token carries no scope at all.
        String form = "grant_type=client_credentials&scope=" + SCOPE + "&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8);
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(tokenEndpoint).timeout(Duration.ofSeconds(15))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new PlatformUnavailableException("cannot reach the token endpoint: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformUnavailableException("interrupted while fetching a token");
        }
        if (response.statusCode() != 200) {
            throw new PlatformUnavailableException("the token endpoint answered " + response.statusCode()
                    + " (is this agent enrolled and its certificate valid?)");
        }
        JsonNode answer = JSON.readTree(response.body());
        Instant now = clock.instant();
        Duration life = Duration.ofSeconds(answer.path("expires_in").asLong(300));
        Duration margin = life.dividedBy(5).compareTo(MINIMUM_MARGIN) > 0 ? life.dividedBy(5) : MINIMUM_MARGIN;
        Instant refreshAt = margin.compareTo(life) >= 0 ? now.plus(life.dividedBy(2)) : now.plus(life).minus(margin);
        return new Held(answer.get("access_token").asString(), refreshAt, now.plus(life));
    }
}
