package com.fundguard.agent.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.fundguard.agent.execution.ExecutionReport;
import com.fundguard.agent.execution.ExecutionStep;
import com.fundguard.agent.execution.Journal;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class StatusPageTest {

    final HttpClient http = HttpClient.newHttpClient();
    final AgentStatus status = new AgentStatus(Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC), "ukey-desk-1",
            "PKCS#11", () -> true, () -> Optional.of(Instant.parse("2026-11-23T10:05:00Z")));

    Journal.Entry entry(String reference, ExecutionStep step, ExecutionReport result) {
        return new Journal.Entry(UUID.randomUUID(), UUID.randomUUID(), reference, step, Optional.ofNullable(result));
    }

    HttpResponse<String> get(StatusPage page, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + page.address().getPort() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void listensOnTheLoopbackAddressOnly() {
        try (StatusPage page = StatusPage.serve(status, 0)) {
            assertThat(page.address().getAddress()).isEqualTo(InetAddress.getLoopbackAddress());
        }
    }

    @Test
    void showsTheCurrentWorkItsStepTheLastResultsAndTheTokenStateAsJsonAndHtml() throws Exception {
        status.reached(entry("TR-1", ExecutionStep.RESULT_KNOWN, ExecutionReport.executed("BK1")));
        status.reached(entry("TR-1", ExecutionStep.REPORTED, ExecutionReport.executed("BK1")));
        status.reached(entry("TR-2", ExecutionStep.REPORTED, ExecutionReport.failed("AM04", "the bank rejected the order")));
        status.reached(entry("TR-3", ExecutionStep.SIGNED, null));

        try (StatusPage page = StatusPage.serve(status, 0)) {
            HttpResponse<String> json = get(page, "/status.json");
            HttpResponse<String> html = get(page, "/");

            assertThat(json.statusCode()).isEqualTo(200);
            assertThat(json.headers().firstValue("Content-Type")).contains("application/json");
            JsonNode shown = JsonMapper.builder().build().readTree(json.body());
            assertThat(shown.at("/currentWork/reference").asString()).isEqualTo("TR-3");
            assertThat(shown.at("/currentWork/step").asString()).isEqualTo("SIGNED");
            assertThat(shown.at("/lastResults/0/reference").asString()).as("newest first").isEqualTo("TR-2");
            assertThat(shown.at("/lastResults/0/reasonCode").asString()).isEqualTo("AM04");
            assertThat(shown.at("/lastResults/1/bankReference").asString()).isEqualTo("BK1");
            assertThat(shown.at("/ukey/present").asBoolean()).isTrue();
            assertThat(shown.at("/platformToken/validUntil").asString()).isEqualTo("2026-11-23T10:05:00Z");
            assertThat(html.body()).contains("TR-3", "SIGNED", "BK1", "AM04", "present");
        }
    }

    @Test
    void keepsTheLastTwentyResultsAndForgetsWorkThatWasHandedBack() throws Exception {
        for (int i = 0; i < 25; i++) {
            status.reached(entry("TR-" + i, ExecutionStep.REPORTED, ExecutionReport.executed("BK" + i)));
        }
        status.reached(entry("TR-99", ExecutionStep.ABANDONED, null));

        JsonNode shown = JsonMapper.builder().build().readTree(status.json());
        assertThat(shown.get("lastResults")).hasSize(AgentStatus.RESULTS_KEPT);
        assertThat(shown.at("/lastResults/0/reference").asString()).isEqualTo("TR-24");
        assertThat(shown.get("currentWork").isNull()).isTrue();
    }

    @Test
    void isReadOnly() throws Exception {
        try (StatusPage page = StatusPage.serve(status, 0)) {
            HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + page.address().getPort() + "/status.json"))
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(post.statusCode()).isEqualTo(405);
        }
    }
}
