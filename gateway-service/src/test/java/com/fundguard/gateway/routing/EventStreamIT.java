package com.fundguard.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fundguard.gateway.access.Role;
import com.fundguard.gateway.support.GatewayClient;
import com.fundguard.gateway.support.TestBed;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A person's live notice stream (Server-Sent Events) passes through the gateway as it is written: each event reaches
 * the browser when the service sends it, and the route's answer timeout (which bounds waiting for an answer to
 * begin) does not cut a stream that has long begun.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EventStreamIT {

    static final TestBed bed = new TestBed();
    static final Duration ROUTE_TIMEOUT = Duration.ofSeconds(1);

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        bed.configure((name, value) -> registry.add(name, () -> value));
        registry.add("fundguard.gateway.resilience.timeouts.notification", ROUTE_TIMEOUT::toString);
    }

    @AfterAll
    static void stop() {
        bed.stop();
    }

    @Test
    void eachEventReachesTheSubscriberWhenSentAndTheStreamOutlivesTheRoutesAnswerTimeout() throws Exception {
        String person = UUID.randomUUID().toString();
        String token = bed.token(person, bed.enterprise, Role.APPLICANT);
        long gapMillis = 600;

        HttpResponse<Stream<String>> response = GatewayClient.of(bed, port)
                .request("GET", "/api/enterprises/" + bed.enterprise + "/users/" + person + "/inbox/stream")
                .bearer(token).header("Accept", "text/event-stream")
                .header("X-Test-Stream-Events", "4").header("X-Test-Stream-Gap-Ms", Long.toString(gapMillis)).stream();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
        List<String> ids = new ArrayList<>();
        List<Instant> arrivals = new ArrayList<>();
        try (Stream<String> lines = response.body()) {
            Iterator<String> each = lines.iterator();
            while (each.hasNext()) {
                String line = each.next();
                if (line.startsWith("id:")) {
                    ids.add(line.substring(3));
                    arrivals.add(Instant.now());
                }
            }
        }

        assertThat(ids).as("every event, none lost when the stream outlived the route timeout").containsExactly("1", "2", "3", "4");
        assertThat(Duration.between(arrivals.getFirst(), arrivals.getLast()))
                .as("the stream lasted longer than the route's answer timeout").isGreaterThan(ROUTE_TIMEOUT);
        assertThat(Duration.between(arrivals.get(0), arrivals.get(1)))
                .as("the second event came when it was sent, not buffered until the end").isGreaterThan(Duration.ofMillis(gapMillis / 2));
    }
}
