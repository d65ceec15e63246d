package com.fundguard.local.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person signed in through the gateway: their access token, and JSON calls made with it. An answer other than 2xx
 * ends the demo with the status and the problem details the platform sent (which never echo a secret).
 */
public final class PersonSession {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final String username;
    private final String accessToken;
    private final URI gateway;
    private final HttpClient http;

    PersonSession(String username, String accessToken, URI gateway, HttpClient http) {
        this.username = username;
        this.accessToken = accessToken;
        this.gateway = gateway;
        this.http = http;
    }

    public String username() {
        return username;
    }

    /** The person's id: the token's subject. */
    public UUID id() {
        String payload = accessToken.split("\\.")[1];
        return UUID.fromString(JSON.readTree(java.util.Base64.getUrlDecoder().decode(payload)).get("sub").asString());
    }

    public JsonNode get(String path) {
        return send(request(path).GET());
    }

    public JsonNode post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    public JsonNode put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A call whose refusal is an expected answer: the status and body, whatever they are. */
    public HttpResponse<String> attempt(String method, String path, String json) {
        return exchange(request(path).header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    /**
     * Opens the person's live stream at {@code path} (Server-Sent Events): answers when the stream is open, its lines
     * arriving as the platform sends them. Closing the returned lines closes the connection.
     */
    public java.util.stream.Stream<String> openStream(String path) {
        HttpRequest streamRequest = HttpRequest.newBuilder(gateway.resolve(path)).header("Authorization", "Bearer " + accessToken)
                .header("Accept", "text/event-stream").GET().build();
        try {
            HttpResponse<java.util.stream.Stream<String>> response = http.send(streamRequest, HttpResponse.BodyHandlers.ofLines());
            if (response.statusCode() != 200) {
                response.body().close();
                throw new DemoFailedException(username + ": GET " + path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new DemoFailedException("the platform did not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoFailedException("interrupted");
        }
    }

    /** A file sent as the request body itself (a bank statement to import). */
    public JsonNode postFile(String path, String contentType, byte[] content) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    /** A multipart upload of one file with form fields. */
    public JsonNode upload(String path, String fileName, String contentType, byte[] content, java.util.Map<String, String> fields) {
        String boundary = "fundguard-demo-" + UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        try {
            for (var field : fields.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                        + field.getValue() + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\nContent-Type: "
                    + contentType + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            body.write(content);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(gateway.resolve(path)).timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + accessToken);
    }

    private JsonNode send(HttpRequest.Builder request) {
        HttpResponse<String> response = exchange(request);
        if (response.statusCode() / 100 != 2) {
            throw new DemoFailedException(username + ": " + response.request().method() + " " + response.request().uri().getPath()
                    + " answered " + response.statusCode() + " " + response.body());
        }
        return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new DemoFailedException("the platform did not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoFailedException("interrupted");
        }
    }

    @Override
    public String toString() {
        return "PersonSession[" + username + ", token hidden]";
    }
}
