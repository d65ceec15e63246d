package com.fundguard.agent.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Asks the gateway whether the platform answers: the first thing an operator checks when nothing arrives. */
public final class PlatformReachability {

    private final HttpClient http;

    public PlatformReachability(HttpClient http) {
        this.http = http;
    }

    public record Answer(boolean up, String detail) {
    }

    public Answer check(URI gateway) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(gateway.resolve("/actuator/health"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            boolean up = response.statusCode() == 200 && response.body().replace(" ", "").contains("\"status\":\"UP\"");
            return new Answer(up, "HTTP " + response.statusCode());
        } catch (IOException e) {
            return new Answer(false, "unreachable: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(false, "interrupted");
        }
    }
}
