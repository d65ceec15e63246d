package com.fundguard.gateway.bench;

import com.fundguard.gateway.GatewayServiceApplication;
import com.fundguard.gateway.access.Role;
import com.fundguard.gateway.agent.Thumbprints;
import com.fundguard.gateway.support.TestBed;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The gateway's two figures, measured on this machine against the real gateway (HTTPS, JWT validation, the access
 * table, limits, access log) in front of a loopback service. Not a test: run it by hand (README, "Benchmark").
 *
 * <p>(a) Added latency: the same request to the service directly and through the gateway, each at a fixed offered
 * load (open loop: requests start on schedule whether or not earlier ones have answered, and latency counts from
 * the scheduled start, so a stall is not hidden). (b) New mutual-TLS connections per second with ECDSA P-256
 * certificates: each a full handshake (the session is invalidated, so none is resumed) and one request.
 */
public final class GatewayBenchmark {

    public static void main(String[] args) throws Exception {
        int rate = Integer.getInteger("rate", 200);
        Duration duration = Duration.ofSeconds(Long.getLong("seconds", 30));
        Duration handshakeTime = Duration.ofSeconds(Long.getLong("handshakeSeconds", 15));
        int handshakeThreads = Integer.getInteger("handshakeThreads", 4);

        TestBed bed = new TestBed();
        Map<String, Object> properties = new HashMap<>();
        bed.configure(properties::put);
        properties.put("server.port", "0");
        properties.put("fundguard.gateway.limits.per-ip-per-minute", "100000000");
        properties.put("fundguard.gateway.limits.per-user-per-minute", "100000000");
        properties.put("logging.level.com.fundguard.gateway.access.AccessLog", System.getProperty("accessLog", "INFO"));
        // As arguments: they take precedence over application.yml (builder properties would be mere defaults).
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        ConfigurableApplicationContext gateway = new SpringApplicationBuilder(GatewayServiceApplication.class).run(arguments);
        try {
            int port = ((WebServerApplicationContext) gateway).getWebServer().getPort();
            SSLContext tls = tls(bed, null);
            // HTTP/1.1 with kept-alive connections both ways (the gateway does not enable HTTP/2 yet: see README).
            HttpClient client = HttpClient.newBuilder().sslContext(tls).version(HttpClient.Version.valueOf(System.getProperty("httpVersion", "HTTP_1_1"))).build();
            String path = "/api/enterprises/" + bed.enterprise + "/transfers";
            String token = bed.token(UUID.randomUUID().toString(), bed.enterprise, Role.AUTHORIZER);
            HttpRequest direct = HttpRequest.newBuilder(URI.create(bed.uriOf("approval") + path)).header("Authorization", "Bearer " + token).build();
            HttpRequest viaGateway = HttpRequest.newBuilder(URI.create("https://localhost:" + port + path)).header("Authorization", "Bearer " + token).build();

            if (Long.getLong("serveSeconds", 0) > 0) {
                serveForAnExternalClient(bed, direct, viaGateway, token, Duration.ofSeconds(Long.getLong("serveSeconds")));
                return;
            }
            // Warm up both paths (JIT, connection pools, the JWK set) before measuring.
            openLoop(client, direct, rate, Duration.ofSeconds(10));
            openLoop(client, viaGateway, rate, Duration.ofSeconds(10));
            long[] directNanos = openLoop(client, direct, rate, duration);
            long[] gatewayNanos = openLoop(client, viaGateway, rate, duration);

            System.out.printf("%n(a) %d req/s offered for %d s, open loop, keep-alive connections%n", rate, duration.toSeconds());
            System.out.printf("    direct to the service : p50 %.2f ms  p99 %.2f ms  (%d requests)%n", ms(directNanos, 50), ms(directNanos, 99), directNanos.length);
            System.out.printf("    through the gateway   : p50 %.2f ms  p99 %.2f ms  (%d requests)%n", ms(gatewayNanos, 50), ms(gatewayNanos, 99), gatewayNanos.length);
            System.out.printf("    added by the gateway  : p50 %.2f ms  p99 %.2f ms%n", ms(gatewayNanos, 50) - ms(directNanos, 50), ms(gatewayNanos, 99) - ms(directNanos, 99));

            TestBed.Agent agent = bed.agent(bed.ca, bed.enterprise, TestBed.AGENT_ID, Duration.ofDays(1));
            String agentToken = bed.agentToken(TestBed.AGENT_ID, bed.enterprise, Thumbprints.x5tS256(agent.certificate()));
            SSLContext agentTls = tls(bed, agent.pkcs12());
            handshakes(agentTls, port, agentToken, handshakeThreads, Duration.ofSeconds(5)); // warm up
            double perSecond = handshakes(agentTls, port, agentToken, handshakeThreads, handshakeTime);
            System.out.printf("%n(b) new mTLS connections (ECDSA P-256, full handshake, no resumption) + one agent request:%n");
            System.out.printf("    %.0f per second with %d client threads for %d s%n%n", perSecond, handshakeThreads, handshakeTime.toSeconds());
        } finally {
            gateway.close();
            bed.stop();
        }
    }

    /**
     * The gateway and the service for a load generator in another process (README: autocannon at a fixed rate), so
     * that the client's own work is not inside the measured JVM: prints the two URLs, the token and the CA file.
     */
    private static void serveForAnExternalClient(TestBed bed, HttpRequest direct, HttpRequest viaGateway, String token, Duration time)
            throws Exception {
        java.nio.file.Path ca = java.nio.file.Files.createTempFile("benchmark-ca", ".pem");
        java.nio.file.Files.writeString(ca, com.fundguard.crypto.ca.CertificateAuthority.pem(bed.ca.certificate()));
        System.out.printf("%nSERVING direct=%s gateway=%s ca=%s%nTOKEN %s%n", direct.uri(), viaGateway.uri(), ca, token);
        Thread.sleep(time);
    }

    /** Latencies (ns) of requests started on a fixed schedule, measured from the scheduled start. */
    private static long[] openLoop(HttpClient client, HttpRequest request, int rate, Duration duration) throws Exception {
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        long count = duration.toSeconds() * rate;
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong failures = new AtomicLong();
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            long scheduled = start + i * interval;
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            inFlight.add(client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                if (error != null || response.statusCode() != 200) {
                    failures.incrementAndGet();
                } else {
                    latencies.add(System.nanoTime() - scheduled);
                }
            }));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        if (failures.get() > 0) {
            System.out.printf("    (%d requests failed)%n", failures.get());
        }
        if (latencies.isEmpty()) {
            throw new IllegalStateException("every request failed");
        }
        return latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private static double handshakes(SSLContext tls, int port, String token, int threads, Duration duration) throws Exception {
        long end = System.nanoTime() + duration.toNanos();
        AtomicLong done = new AtomicLong();
        byte[] request = ("POST /api/agent/claims HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(Thread.ofPlatform().start(() -> {
                while (System.nanoTime() < end) {
                    try (SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket("localhost", port)) {
                        socket.startHandshake();
                        OutputStream out = socket.getOutputStream();
                        out.write(request);
                        out.flush();
                        InputStream in = socket.getInputStream();
                        String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
                        socket.getSession().invalidate(); // never resumed: every connection a full handshake
                        if (status.endsWith("200")) {
                            done.incrementAndGet();
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }));
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return done.get() / (double) duration.toSeconds();
    }

    private static double ms(long[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }

    private static SSLContext tls(TestBed bed, byte[] pkcs12) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("platform-ca", bed.ca.certificate());
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trust);
        KeyManagerFactory keyManagers = null;
        if (pkcs12 != null) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(new ByteArrayInputStream(pkcs12), TestBed.PASSWORD);
            keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(keys, TestBed.PASSWORD);
        }
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers == null ? null : keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
        return context;
    }
}
