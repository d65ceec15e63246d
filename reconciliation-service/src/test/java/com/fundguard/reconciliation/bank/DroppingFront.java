package com.fundguard.reconciliation.bank;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stretch of network in front of the bank that can lose the bank's answers: every request reaches the bank, and the
 * next {@link #dropAnswers(int)} answers are replaced by a 502, so the caller cannot know what the bank did with them.
 */
public final class DroppingFront implements AutoCloseable {

    private final HttpServer server;
    private final URI bank;
    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicInteger toDrop = new AtomicInteger();
    private final AtomicInteger dropped = new AtomicInteger();

    public DroppingFront(URI bank) throws IOException {
        this.bank = bank;
        this.server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", this::forward);
        server.start();
    }

    /** The front's address standing for {@code path} at the bank. */
    public URI uri(String path) {
        return URI.create("http://localhost:" + server.getAddress().getPort() + path);
    }

    public void dropAnswers(int count) {
        toDrop.set(count);
    }

    public int dropped() {
        return dropped.get();
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            HttpRequest.Builder request = HttpRequest.newBuilder(bank.resolve(exchange.getRequestURI().toString()))
                    .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body.readAllBytes()));
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            HttpResponse<byte[]> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (toDrop.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                dropped.incrementAndGet();
                exchange.sendResponseHeaders(502, -1);
                return;
            }
            answer.headers().firstValue("Content-Type").ifPresent(type -> exchange.getResponseHeaders().add("Content-Type", type));
            exchange.sendResponseHeaders(answer.statusCode(), answer.body().length == 0 ? -1 : answer.body().length);
            exchange.getResponseBody().write(answer.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        http.close();
    }
}
