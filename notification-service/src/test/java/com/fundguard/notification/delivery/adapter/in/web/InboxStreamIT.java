package com.fundguard.notification.delivery.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fundguard.notification.PeopleForTests;
import com.fundguard.notification.PlatformEvents;
import com.fundguard.notification.TokensForTests;
import com.fundguard.notification.delivery.adapter.sse.LiveStreams;
import com.fundguard.test.infrastructure.WithRealInfrastructure;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live stream over real HTTP on a random port: a browser's EventSource connects, is cut off mid-stream, misses
 * messages, reconnects with Last-Event-ID and receives exactly the missed ones, once, then the live ones.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"fundguard.notification.dispatch-every=PT0.1S", "fundguard.notification.delivery.stream-heartbeat=PT0.2S"})
@WithRealInfrastructure
@Import({PeopleForTests.class, TokensForTests.class, PlatformEvents.class})
class InboxStreamIT {

    @LocalServerPort int port;
    @Autowired PlatformEvents events;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;

    final UUID enterprise = UUID.randomUUID();
    final UUID applicant = PeopleForTests.person(enterprise, "CASHIER");

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    HttpRequest streamRequest(UUID caller, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/enterprises/"
                        + enterprise + "/users/" + applicant + "/inbox/stream"))
                .header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + TokensForTests.tokenOf(caller, enterprise));
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        return request.GET().build();
    }

    /** One open stream: the events it received as (id, reference) in order, read on a thread of its own. */
    final class OpenStream implements AutoCloseable {
        final HttpResponse<InputStream> response;
        final List<String> ids = new CopyOnWriteArrayList<>();
        final List<String> references = new CopyOnWriteArrayList<>();
        final List<String> titles = new CopyOnWriteArrayList<>();
        final java.util.concurrent.atomic.AtomicInteger heartbeats = new java.util.concurrent.atomic.AtomicInteger();

        OpenStream(String lastEventId) throws Exception {
            response = http.send(streamRequest(applicant, lastEventId), HttpResponse.BodyHandlers.ofInputStream());
            Thread.ofVirtual().start(this::read);
        }

        private void read() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String id = null;
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.equals(":" + LiveStreams.HEARTBEAT)) {
                        heartbeats.incrementAndGet();
                    } else if (line.startsWith("id:")) {
                        id = line.substring(3).trim();
                    } else if (line.startsWith("data:")) {
                        ids.add(id);
                        String title = json.readTree(line.substring(5).trim()).get("title").asString();
                        titles.add(title);
                        references.add(title.replaceAll(".*(TR-\\d{8}-\\d{6}).*", "$1"));
                    }
                }
            } catch (IOException cutOff) {
                // the test disconnected
            }
        }

        /** Cuts the connection, as a phone losing its network would. */
        @Override
        public void close() throws IOException {
            response.body().close();
        }
    }

    UUID submit(String reference) throws Exception {
        UUID transferId = UUID.randomUUID();
        String data = """
                {"transferId": "%s", "reference": "%s", "applicantId": "%s",
                 "payee": {"name": "Shanghai Steel Co.", "maskedAccountNumber": "**********7890"},
                 "amount": "10.00", "currency": "CNY"}
                """.formatted(transferId, reference, applicant);
        events.publish(enterprise, "com.fundguard.transfer.submitted.v1", transferId, data);
        return transferId;
    }

    void failAtTheBank(UUID transferId, String reference) throws Exception {
        String data = """
                {"transferId": "%s", "reference": "%s", "endToEndId": "E2E-%s", "attempt": 1, "reasonCode": "AC04",
                 "byInquiry": false, "movement": {"payerAccount": "6222000011112222", "payeeAccount": "6222999912347890",
                 "amount": "10.00", "currency": "CNY"}, "failedAt": "%s"}
                """.formatted(transferId, reference, reference, Instant.now());
        events.publish(enterprise, "com.fundguard.execution.failed.v1", transferId, data);
    }

    /** The applicant's quiet hours hold everything but money at risk now: from two hours ago to two hours on. */
    void quietNowExceptForMoneyAtRisk() throws Exception {
        java.time.LocalTime now = java.time.LocalTime.now(java.time.ZoneOffset.UTC).withNano(0);
        String body = """
                {"channels": {"TRANSFER_PROGRESS": ["SSE"], "MONEY_AT_RISK": ["SSE"], "APPROVAL_PENDING": ["SSE"]},
                 "quietHours": {"from": "%s", "until": "%s", "zone": "UTC"}}
                """.formatted(now.minusHours(2), now.plusHours(2));
        HttpResponse<String> chosen = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/enterprises/"
                        + enterprise + "/users/" + applicant + "/notification-preferences"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + TokensForTests.tokenOf(applicant, enterprise))
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(200);
    }

    long sentToTheStream() {
        return jdbc.sql("SELECT count(*) FROM delivery WHERE recipient_id = ? AND channel = 'SSE' AND state = 'SENT'")
                .param(applicant).query(Long.class).single();
    }

    @Test
    void aReconnectWithLastEventIdReceivesExactlyTheMissedMessagesOnceThenTheLiveOnes() throws Exception {
        String lastSeen;
        try (OpenStream first = new OpenStream(null)) {
            assertThat(first.response.statusCode()).isEqualTo(200);
            assertThat(first.response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
            submit("TR-20261123-000201");
            submit("TR-20261123-000202");
            await().atMost(Duration.ofSeconds(30)).until(() -> first.references.size() == 2);
            assertThat(first.references).containsExactly("TR-20261123-000201", "TR-20261123-000202");
            lastSeen = first.ids.get(1);
        }
        submit("TR-20261123-000203");
        submit("TR-20261123-000204");
        await().atMost(Duration.ofSeconds(30)).until(() -> sentToTheStream() == 4);

        try (OpenStream second = new OpenStream(lastSeen)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> second.references.size() >= 2);
            submit("TR-20261123-000205");
            await().atMost(Duration.ofSeconds(30)).until(() -> second.references.contains("TR-20261123-000205"));

            assertThat(second.references).containsExactly("TR-20261123-000203", "TR-20261123-000204", "TR-20261123-000205");
            assertThat(second.ids).doesNotHaveDuplicates().doesNotContain(lastSeen);
        }
    }

    /**
     * A message held back by quiet hours goes out after a later one the stream has already shown. It is numbered when
     * it is sent, after everything the person saw, so a reconnect with the last id seen still receives it.
     */
    @Test
    void aMessageQuietHoursHeldBehindALaterOneStillReachesTheReconnectingStream() throws Exception {
        quietNowExceptForMoneyAtRisk();
        String lastSeen;
        try (OpenStream first = new OpenStream(null)) {
            UUID transferId = submit("TR-20261205-000301");
            failAtTheBank(transferId, "TR-20261205-000301");
            await().atMost(Duration.ofSeconds(30)).until(() -> first.titles.size() == 1);
            assertThat(first.titles.getFirst()).as("money at risk is not held").contains("失败");
            lastSeen = first.ids.getFirst();
        }
        // The quiet hours end: the held message is due now.
        jdbc.sql("UPDATE delivery SET next_attempt_at = now() WHERE recipient_id = ? AND channel = 'SSE' AND state = 'PENDING'")
                .param(applicant).update();
        await().atMost(Duration.ofSeconds(30)).until(() -> sentToTheStream() == 2);

        try (OpenStream second = new OpenStream(lastSeen)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> second.titles.size() >= 1);
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> second.titles.size() == 1);

            assertThat(second.titles).as("the held message, once").singleElement().satisfies(title -> assertThat(title).contains("已提交"));
            assertThat(Long.parseLong(second.ids.getFirst())).isEqualTo(Long.parseLong(lastSeen) + 1);
        }
    }

    @Test
    void anIdleStreamCarriesHeartbeatsSoNoProxyOnTheWayEndsItForIdleness() throws Exception {
        try (OpenStream idle = new OpenStream(null)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> idle.heartbeats.get() >= 3);

            assertThat(idle.references).as("a heartbeat is no message").isEmpty();
        }
    }

    @Test
    void nobodyElseOpensSomeonesStream() throws Exception {
        HttpResponse<String> refused = http.send(streamRequest(UUID.randomUUID(), null), HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(403);
    }
}
