package com.fundguard.identity.oidc;

import com.fundguard.test.oidc.OidcBrowserSignIn;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/** The operating institution's onboarding over real HTTP, with its client-credentials token, for test set-up. */
public class PlatformOnboarding {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI identity;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String token;

    public PlatformOnboarding(URI identity) {
        this.identity = identity;
        this.token = JSON.readTree(new OidcBrowserSignIn(identity)
                .clientCredentials("platform-onboarding", "onboarding-test-secret-0001", "platform.onboard").body())
                .get("access_token").asString();
    }

    public String token() {
        return token;
    }

    public void registerEnterprise(UUID enterprise, String name) {
        put("/api/enterprises/" + enterprise, "{\"name\":\"" + name + "\"}");
    }

    public UUID registerUser(UUID enterprise, String username, List<String> roles, String password) {
        String body = put("/api/enterprises/" + enterprise + "/users/" + username, "{\"displayName\":\"" + username + "\",\"roles\":"
                + JSON.writeValueAsString(roles) + ",\"password\":\"" + password + "\"}");
        return UUID.fromString(JSON.readTree(body).get("id").asString());
    }

    public String get(String path, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(identity.resolve(path)).GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return send(request.build()).body();
    }

    private String put(String path, String json) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(identity.resolve(path)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).PUT(HttpRequest.BodyPublishers.ofString(json)).build());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("PUT " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
