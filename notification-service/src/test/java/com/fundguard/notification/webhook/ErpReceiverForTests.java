package com.fundguard.notification.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An enterprise's ERP as a real HTTP server on a random loopback port: it verifies every message the way the README
 * tells an ERP to (HMAC-SHA256 over timestamp, dot, raw body; constant-time compare; timestamp no older than five
 * minutes), answers 401 to a message that fails, and otherwise what the test scripted. It records what it received.
 */
public final class ErpReceiverForTests implements AutoCloseable {

    /** How far the timestamp may be from the receiver's clock: older messages are refused as replays. */
    static final long TOLERANCE_SECONDS = 300;

    /** One message as received, with the receiver's verdict and answer. */
    public record Received(String deliveryId, String timestamp, String signature, String body, boolean signatureValid,
                           int answered, Instant at) {
    }

    private final HttpServer server;
    private final Clock clock = Clock.systemUTC();
    private final Queue<Integer> scripted = new ConcurrentLinkedQueue<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile byte[] secret = new byte[0];
    private volatile int otherwise = 200;
    private volatile Duration slowness = Duration.ZERO;

    private ErpReceiverForTests(HttpServer server) {
        this.server = server;
    }

    public static ErpReceiverForTests start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ErpReceiverForTests receiver = new ErpReceiverForTests(server);
            server.createContext("/fundguard/events", receiver::handle);
            // Messages sent at the same time are taken at the same time, as a real ERP's server would.
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the test ERP", e);
        }
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/fundguard/events");
    }

    /** The secret the ERP was given (64 hex digits, as the creation answer shows it). */
    public void trust(String secretHex) {
        this.secret = HexFormat.of().parseHex(secretHex);
    }

    /** Answers these statuses to the next correctly signed messages, then {@code otherwise}. */
    public void answer(int... statuses) {
        for (int status : statuses) {
            scripted.add(status);
        }
    }

    public void answerOtherwise(int status) {
        this.otherwise = status;
    }

    /** Takes this long before answering: the message is in flight while other dispatchers look for work. */
    public void answerAfter(Duration slowness) {
        this.slowness = slowness;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        String id = exchange.getRequestHeaders().getFirst("FundGuard-Webhook-Id");
        String timestamp = exchange.getRequestHeaders().getFirst("FundGuard-Webhook-Timestamp");
        String signature = exchange.getRequestHeaders().getFirst("FundGuard-Webhook-Signature");
        boolean valid = verify(secret, timestamp, signature, body, clock.instant());
        Integer next = valid ? scripted.poll() : null;
        int status = !valid ? 401 : next != null ? next : otherwise;
        received.add(new Received(id, timestamp, signature, new String(body, StandardCharsets.UTF_8), valid, status, clock.instant()));
        try {
            Thread.sleep(slowness);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] answer = (status == 401 ? "signature refused" : status < 300 ? "ok" : "ERP busy, try later\nsecond line not kept")
                .getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }

    /** What the README shows an ERP: recompute over the raw body, compare in constant time, refuse stale timestamps. */
    static boolean verify(byte[] secret, String timestamp, String signatureHeader, byte[] rawBody, Instant now) {
        if (secret.length == 0 || timestamp == null || signatureHeader == null || !signatureHeader.startsWith("v1=")) {
            return false;
        }
        try {
            if (Math.abs(now.getEpochSecond() - Long.parseLong(timestamp)) > TOLERANCE_SECONDS) {
                return false;
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            byte[] expected = mac.doFinal(rawBody);
            byte[] given = HexFormat.of().parseHex(signatureHeader.substring("v1=".length()));
            return MessageDigest.isEqual(expected, given);
        } catch (IllegalArgumentException | GeneralSecurityException notNumberOrNotHex) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
