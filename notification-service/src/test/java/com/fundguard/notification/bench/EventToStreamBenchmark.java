package com.fundguard.notification.bench;

import com.fundguard.notification.NotificationServiceApplication;
import com.fundguard.notification.PeopleForTests;
import com.fundguard.notification.PlatformEvents;
import com.fundguard.notification.TokensForTests;
import com.fundguard.test.infrastructure.RealInfrastructure;
import com.fundguard.test.infrastructure.SharedInfrastructure;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Event-to-SSE latency, measured on this machine against the real notification-service on real PostgreSQL and a
 * real Kafka broker (embedded, as in the tests). Not a test: run it by hand (README, "Benchmark").
 *
 * <p>Transfer-submitted events are published at a fixed rate (open loop: each at its scheduled instant whether or
 * not earlier ones have been delivered). Each tells its applicant, whose browser holds a live stream open. Latency is
 * from the event's scheduled publication to the moment its message arrives on the applicant's stream: Kafka,
 * the consumer, the event inbox, recipients, the delivery rows, the dispatcher and the HTTP stream are all inside it.
 * A message that never arrives, or arrives twice, is counted and reported, never left out of the figures.
 */
public final class EventToStreamBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static void main(String[] args) throws Exception {
        int rate = Integer.getInteger("rate", 200);
        Duration warmUp = Duration.ofSeconds(Long.getLong("warmUpSeconds", 15));
        Duration measured = Duration.ofSeconds(Long.getLong("seconds", 60));
        int applicants = Integer.getInteger("streams", 50);

        RealInfrastructure infrastructure = SharedInfrastructure.get();
        RealInfrastructure.DatabaseCoordinates database = infrastructure.createDatabase("bench_notification_" + System.currentTimeMillis());
        Map<String, Object> properties = new HashMap<>();
        properties.put("server.port", "0");
        properties.put("spring.datasource.url", database.jdbcUrl());
        properties.put("spring.datasource.username", database.username());
        properties.put("spring.datasource.password", database.password());
        properties.put("spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers());
        properties.put("fundguard.events.namespace", "bench" + System.currentTimeMillis());
        properties.put("logging.level.root", "WARN");
        properties.putAll(fromSystemProperties());
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        ConfigurableApplicationContext service = new SpringApplicationBuilder(NotificationServiceApplication.class,
                PeopleForTests.class, TokensForTests.class, PlatformEvents.class).run(arguments);
        try {
            int port = ((WebServerApplicationContext) service).getWebServer().getPort();
            PlatformEvents events = service.getBean(PlatformEvents.class);

            UUID enterprise = UUID.randomUUID();
            List<UUID> people = new ArrayList<>();
            for (int i = 0; i < applicants; i++) {
                people.add(PeopleForTests.person(enterprise, "CASHIER"));
            }
            Map<String, Long> scheduledAt = new ConcurrentHashMap<>();
            Map<String, AtomicInteger> arrivals = new ConcurrentHashMap<>();
            ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            List<InputStream> streams = new ArrayList<>();
            for (UUID person : people) {
                HttpResponse<InputStream> stream = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                                + "/api/enterprises/" + enterprise + "/users/" + person + "/inbox/stream"))
                        .header("Accept", "text/event-stream").header("Authorization", "Bearer " + TokensForTests.tokenOf(person, enterprise))
                        .build(), HttpResponse.BodyHandlers.ofInputStream());
                if (stream.statusCode() != 200) {
                    throw new IllegalStateException("stream refused: " + stream.statusCode());
                }
                streams.add(stream.body());
                Thread.ofPlatform().daemon().start(() -> read(stream.body(), scheduledAt, arrivals, latencies));
            }

            System.out.printf("notification-service on :%d, %s infrastructure, %d open streams, %d events/s%n",
                    port, infrastructure.kind(), applicants, rate);
            publish(events, enterprise, people, rate, warmUp, "W", scheduledAt);
            latencies.clear();
            int expected = publish(events, enterprise, people, rate, measured, "M", scheduledAt);
            Thread.sleep(5_000);

            long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            long measuredArrived = arrivals.entrySet().stream().filter(e -> e.getKey().startsWith("TR-M")).count();
            long twice = arrivals.values().stream().filter(count -> count.get() > 1).count();
            System.out.printf("offered %d events in %d s (%d/s), arrived %d, missing %d, arrived twice %d%n",
                    expected, measured.toSeconds(), rate, measuredArrived, expected - measuredArrived, twice);
            System.out.printf("event-to-SSE latency: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, max %.1f ms%n",
                    millis(sorted, 0.50), millis(sorted, 0.90), millis(sorted, 0.99), millis(sorted, 0.999),
                    sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6);
            for (InputStream stream : streams) {
                stream.close();
            }
        } finally {
            service.close();
        }
        System.exit(0);
    }

    /** Settings given as -Dfundguard.* pass through to the service, to compare configurations. */
    private static Map<String, Object> fromSystemProperties() {
        Map<String, Object> passed = new HashMap<>();
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("fundguard.") || name.startsWith("spring."))
                .forEach(name -> passed.put(name, System.getProperty(name)));
        return passed;
    }

    private static int publish(PlatformEvents events, UUID enterprise, List<UUID> people, int rate, Duration duration, String phase, Map<String, Long> scheduledAt)
            throws InterruptedException {
        int count = (int) (rate * duration.toSeconds());
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime() + 100_000_000L;
        ScheduledExecutorService publisher = Executors.newSingleThreadScheduledExecutor();
        for (int i = 0; i < count; i++) {
            int n = i;
            long at = start + n * interval;
            publisher.schedule(() -> {
                String reference = "TR-" + phase + String.format("%07d", n);
                scheduledAt.put(reference, at);
                UUID applicant = people.get(n % people.size());
                UUID transferId = UUID.randomUUID();
                String data = """
                        {"transferId": "%s", "reference": "%s", "applicantId": "%s",
                         "payee": {"name": "Shanghai Steel Co.", "maskedAccountNumber": "**********7890"},
                         "amount": "10.00", "currency": "CNY"}
                        """.formatted(transferId, reference, applicant);
                // Not waiting for the broker's answer: the publisher keeps its schedule.
                events.send(events.event(enterprise, "com.fundguard.transfer.submitted.v1", transferId, data));
            }, at - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
        publisher.shutdown();
        publisher.awaitTermination(duration.toSeconds() + 60, TimeUnit.SECONDS);
        return count;
    }

    private static void read(InputStream body, Map<String, Long> scheduledAt, Map<String, AtomicInteger> arrivals,
                             ConcurrentLinkedQueue<Long> latencies) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("data:")) {
                    long now = System.nanoTime();
                    String title = JSON.readTree(line.substring(5).trim()).get("title").asString();
                    String reference = title.replaceAll(".*(TR-[WM]\\d{7}).*", "$1");
                    Long at = scheduledAt.get(reference);
                    if (arrivals.computeIfAbsent(reference, r -> new AtomicInteger()).incrementAndGet() == 1 && at != null
                            && reference.startsWith("TR-M")) {
                        latencies.add(now - at);
                    }
                }
            }
        } catch (IOException closed) {
            // the benchmark ended
        }
    }

    private static double millis(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
