package com.fundguard.notification.webhook.adapter.in.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fundguard.events.EventEnvelope;
import com.fundguard.notification.PeopleForTests;
import com.fundguard.notification.PlatformEvents;
import com.fundguard.notification.webhook.ErpReceiverForTests;
import com.fundguard.notification.webhook.adapter.out.http.JdkHttpWebhookTransport;
import com.fundguard.notification.webhook.application.WebhookDeliveries;
import com.fundguard.notification.webhook.application.WebhookDispatcher;
import com.fundguard.notification.webhook.application.WebhookEndpoints;
import com.fundguard.notification.webhook.domain.WebhookRetryPolicy;
import com.fundguard.notification.webhook.domain.WebhookUrlPolicy;
import com.fundguard.test.infrastructure.WithRealInfrastructure;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks end to end: platform events through real Kafka, deliveries in real PostgreSQL, and the enterprise's ERP as
 * a real HTTP server that verifies every signature with the secret the creation answer showed. Retries are fast here
 * (0.2 s doubling to 0.8 s, 4 attempts); the schedule itself is the domain's ({@code WebhookDeliveryTest}).
 */
@SpringBootTest(properties = {"fundguard.notification.webhook.dispatch-every=PT0.05S",
        "fundguard.notification.webhook.first-retry=PT0.2S", "fundguard.notification.webhook.max-retry=PT0.8S",
        "fundguard.notification.webhook.max-attempts=4", "fundguard.notification.webhook.read-timeout=PT2S"})
@AutoConfigureMockMvc
@WithRealInfrastructure
@Import({PeopleForTests.class, PlatformEvents.class})
@ExtendWith(OutputCaptureExtension.class)
class WebhookDeliveryIT {

    static final WebhookRetryPolicy POLICY = new WebhookRetryPolicy(Duration.ofMillis(200), Duration.ofMillis(800), 4);
    static final String SUBMITTED = "com.fundguard.transfer.submitted.v1";
    static final String AUDITED = "com.fundguard.transfer.audited.v1";
    static final String AUTHORIZED = "com.fundguard.transfer.authorized.v1";
    static final String FAILED = "com.fundguard.execution.failed.v1";
    static final String FULL_PAYEE_ACCOUNT = "6222020200112233445";

    @Autowired MockMvc mvc;
    @Autowired PlatformEvents events;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired WebhookDeliveries deliveries;
    @Autowired WebhookEndpoints endpoints;
    @Autowired TransactionTemplate transactions;

    final UUID enterprise = UUID.randomUUID();
    final UUID admin = UUID.randomUUID();
    final UUID applicant = PeopleForTests.person(enterprise, "APPLICANT");
    final UUID transferId = UUID.randomUUID();
    final List<ErpReceiverForTests> receivers = new java.util.ArrayList<>();

    @AfterEach
    void stopReceivers() {
        receivers.forEach(ErpReceiverForTests::close);
    }

    ErpReceiverForTests erp() {
        ErpReceiverForTests receiver = ErpReceiverForTests.start();
        receivers.add(receiver);
        return receiver;
    }

    static RequestPostProcessor adminOf(UUID enterprise, UUID person) {
        return jwt().jwt(token -> token.subject(person.toString()).claim("enterprise_id", enterprise.toString())
                .claim("roles", List.of("ENTERPRISE_ADMIN")));
    }

    record Subscribed(UUID id, String secret) {
    }

    Subscribed subscribe(UUID enterpriseId, ErpReceiverForTests erp, String... types) throws Exception {
        String body = json.writeValueAsString(java.util.Map.of("url", erp.url().toString(), "eventTypes", List.of(types),
                "description", "ERP of the test"));
        MvcResult created = mvc.perform(post("/api/enterprises/{e}/webhooks", enterpriseId).with(adminOf(enterpriseId, admin))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
        assertThat(created.getResponse().getStatus()).as(created.getResponse().getContentAsString()).isEqualTo(201);
        JsonNode answer = json.readTree(created.getResponse().getContentAsString());
        Subscribed subscribed = new Subscribed(UUID.fromString(answer.get("id").asString()), answer.get("secret").asString());
        erp.trust(subscribed.secret());
        return subscribed;
    }

    EventEnvelope event(UUID enterpriseId, String type, String data) {
        return events.event(enterpriseId, type, transferId, data);
    }

    EventEnvelope submitted(UUID enterpriseId) {
        return event(enterpriseId, SUBMITTED, """
                {"transferId": "%s", "reference": "TR-20261123-000701", "applicantId": "%s",
                 "payee": {"name": "Shanghai Steel Co.", "maskedAccountNumber": "***************3445"},
                 "amount": "125000.50", "currency": "CNY"}
                """.formatted(transferId, applicant));
    }

    EventEnvelope audited() {
        return event(enterprise, AUDITED, """
                {"transferId": "%s", "reference": "TR-20261123-000701", "applicantId": "%s", "nextState": "PENDING_AUTHORIZATION"}
                """.formatted(transferId, applicant));
    }

    void publish(EventEnvelope event) throws Exception {
        events.publish(event);
    }

    String state(UUID deliveryId) {
        return jdbc.sql("SELECT state FROM webhook_delivery WHERE id = ?").param(deliveryId).query(String.class).single();
    }

    long deliveriesTo(UUID endpointId) {
        return jdbc.sql("SELECT count(*) FROM webhook_delivery WHERE endpoint_id = ?").param(endpointId).query(Long.class).single();
    }

    UUID deliveryOf(UUID endpointId, EventEnvelope event) {
        return jdbc.sql("SELECT id FROM webhook_delivery WHERE endpoint_id = ? AND event_id = ?").params(endpointId, event.id())
                .query(UUID.class).single();
    }

    @Test
    void anEventReachesTheSubscribedEndpointSignedAndVerifiableWithTheSecretShownAtCreation() throws Exception {
        ErpReceiverForTests erp = erp();
        Subscribed webhook = subscribe(enterprise, erp, SUBMITTED, AUTHORIZED);
        EventEnvelope submitted = submitted(enterprise);
        // The authorized event carries the full payee account for the bank; no webhook may pass it on.
        EventEnvelope authorized = event(enterprise, AUTHORIZED, """
                {"transferId": "%s", "reference": "TR-20261123-000701", "applicantId": "%s",
                 "order": {"payeeName": "Shanghai Steel Co.", "payeeAccount": "%s", "amount": "125000.50", "currency": "CNY"}}
                """.formatted(transferId, applicant, FULL_PAYEE_ACCOUNT));

        publish(submitted);
        publish(authorized);
        await().atMost(Duration.ofSeconds(30)).until(() -> erp.received().size() == 2);

        List<ErpReceiverForTests.Received> received = erp.received();
        assertThat(received).allSatisfy(message -> {
            assertThat(message.signatureValid()).isTrue();
            assertThat(message.answered()).isEqualTo(200);
            assertThat(message.signature()).matches("v1=[0-9a-f]{64}");
            assertThat(message.body()).doesNotContain(FULL_PAYEE_ACCOUNT).doesNotContain(webhook.secret());
        });
        JsonNode first = json.readTree(received.get(0).body());
        assertThat(first.get("eventId").asString()).isEqualTo(submitted.id());
        assertThat(first.get("eventType").asString()).isEqualTo(SUBMITTED);
        assertThat(Instant.parse(first.get("occurredAt").asString())).isEqualTo(submitted.time());
        assertThat(first.get("enterpriseId").asString()).isEqualTo(enterprise.toString());
        JsonNode transfer = first.get("transfer");
        assertThat(transfer.get("id").asString()).isEqualTo(transferId.toString());
        assertThat(transfer.get("reference").asString()).isEqualTo("TR-20261123-000701");
        assertThat(transfer.get("amount").isString()).as("money as a decimal string").isTrue();
        assertThat(transfer.get("amount").asString()).isEqualTo("125000.50");
        assertThat(transfer.get("currency").asString()).isEqualTo("CNY");
        assertThat(transfer.get("payee").get("maskedAccountNumber").asString()).isEqualTo("***************3445");
        assertThat(transfer.get("state").asString()).isEqualTo("SUBMITTED");
        JsonNode second = json.readTree(received.get(1).body());
        assertThat(second.get("eventType").asString()).isEqualTo(AUTHORIZED);
        assertThat(second.get("transfer").get("state").asString()).isEqualTo("AUTHORIZED");
        assertThat(second.get("transfer").get("payee").get("maskedAccountNumber").asString()).isEqualTo("***************3445");
        UUID deliveryId = deliveryOf(webhook.id(), submitted);
        assertThat(received.get(0).deliveryId()).isEqualTo(deliveryId.toString());
        await().atMost(Duration.ofSeconds(10)).until(() -> state(deliveryId).equals("DELIVERED"));
    }

    @Test
    void anEndpointNotSubscribedToTheTypeOfAnotherEnterpriseOrDisabledGetsNothing() throws Exception {
        ErpReceiverForTests subscribedErp = erp();
        ErpReceiverForTests otherTypeErp = erp();
        ErpReceiverForTests theirErp = erp();
        ErpReceiverForTests disabledErp = erp();
        UUID theirEnterprise = UUID.randomUUID();
        Subscribed subscribed = subscribe(enterprise, subscribedErp, SUBMITTED);
        Subscribed otherType = subscribe(enterprise, otherTypeErp, FAILED, AUTHORIZED);
        Subscribed theirs = subscribe(theirEnterprise, theirErp, SUBMITTED, FAILED);
        Subscribed disabled = subscribe(enterprise, disabledErp, SUBMITTED);
        assertThat(mvc.perform(delete("/api/enterprises/{e}/webhooks/{id}", enterprise, disabled.id()).with(adminOf(enterprise, admin)))
                .andReturn().getResponse().getStatus()).isEqualTo(204);

        publish(submitted(enterprise));
        await().atMost(Duration.ofSeconds(30)).until(() -> subscribedErp.received().size() == 1);

        // The event's deliveries are written in one transaction: once one arrived, all that exist are known.
        assertThat(deliveriesTo(subscribed.id())).isEqualTo(1);
        assertThat(deliveriesTo(otherType.id())).isZero();
        assertThat(deliveriesTo(theirs.id())).isZero();
        assertThat(deliveriesTo(disabled.id())).isZero();
        assertThat(otherTypeErp.received()).isEmpty();
        assertThat(theirErp.received()).isEmpty();
        assertThat(disabledErp.received()).isEmpty();
    }

    @Test
    void aRedeliveredEventIsSentOnce() throws Exception {
        ErpReceiverForTests erp = erp();
        Subscribed webhook = subscribe(enterprise, erp, SUBMITTED, AUDITED);
        EventEnvelope submitted = submitted(enterprise);
        EventEnvelope audited = audited();

        publish(submitted);
        publish(submitted);
        // Same key, same partition: once the audit that followed the duplicate is delivered, the duplicate was read.
        publish(audited);
        await().atMost(Duration.ofSeconds(30)).until(() -> erp.received().stream()
                .anyMatch(message -> message.body().contains(audited.id())));

        assertThat(erp.received().stream().filter(message -> message.body().contains(submitted.id()))).hasSize(1);
        assertThat(deliveriesTo(webhook.id())).isEqualTo(2);
        JsonNode audit = json.readTree(erp.received().stream().filter(m -> m.body().contains(audited.id())).findFirst().orElseThrow().body());
        assertThat(audit.get("transfer").get("state").asString()).isEqualTo("PENDING_AUTHORIZATION");
        assertThat(audit.get("transfer").get("amount").asString()).as("from the kept transfer").isEqualTo("125000.50");
    }

    @Test
    void aReceiverAnswering500IsDeliveredOnALaterAttemptUnderTheSameDeliveryId() throws Exception {
        ErpReceiverForTests erp = erp();
        Subscribed webhook = subscribe(enterprise, erp, SUBMITTED);
        erp.answer(500, 500);
        EventEnvelope submitted = submitted(enterprise);

        publish(submitted);
        await().atMost(Duration.ofSeconds(30)).until(() -> erp.received().size() == 3);

        UUID deliveryId = deliveryOf(webhook.id(), submitted);
        await().atMost(Duration.ofSeconds(10)).until(() -> state(deliveryId).equals("DELIVERED"));
        assertThat(erp.received()).extracting(ErpReceiverForTests.Received::deliveryId).containsOnly(deliveryId.toString());
        assertThat(erp.received()).extracting(ErpReceiverForTests.Received::answered).containsExactly(500, 500, 200);
        assertThat(erp.received()).allSatisfy(message -> assertThat(message.signatureValid()).isTrue());
        assertThat(jdbc.sql("SELECT attempts FROM webhook_delivery WHERE id = ?").param(deliveryId).query(Integer.class).single())
                .isEqualTo(3);
    }

    @Test
    void parksADeliveryOnTheDeadLetterListAfterTheLastAttemptAndTheAdminsReplayDeliversIt() throws Exception {
        ErpReceiverForTests erp = erp();
        Subscribed webhook = subscribe(enterprise, erp, FAILED);
        erp.answerOtherwise(500);
        publish(submitted(enterprise));
        EventEnvelope failed = event(enterprise, FAILED, """
                {"transferId": "%s", "reference": "TR-20261123-000701", "reasonCode": "AM04", "attempt": 1}
                """.formatted(transferId));

        publish(failed);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT count(*) FROM webhook_delivery WHERE endpoint_id = ? AND state = 'DEAD'")
                .param(webhook.id()).query(Long.class).single() == 1);

        UUID deliveryId = deliveryOf(webhook.id(), failed);
        List<ErpReceiverForTests.Received> attempts = erp.received();
        assertThat(attempts).hasSize(POLICY.maxAttempts());
        assertThat(attempts).extracting(ErpReceiverForTests.Received::deliveryId).containsOnly(deliveryId.toString());
        for (int i = 1; i < attempts.size(); i++) {
            assertThat(Duration.between(attempts.get(i - 1).at(), attempts.get(i).at()))
                    .as("pause before attempt %d", i + 1).isGreaterThanOrEqualTo(POLICY.delayAfter(i));
        }
        JsonNode deadLetters = json.readTree(mvc.perform(get("/api/enterprises/{e}/webhooks/dead-letters", enterprise)
                .with(adminOf(enterprise, admin))).andReturn().getResponse().getContentAsString());
        assertThat(deadLetters).hasSize(1);
        assertThat(deadLetters.get(0).get("deliveryId").asString()).isEqualTo(deliveryId.toString());
        assertThat(deadLetters.get(0).get("webhookId").asString()).isEqualTo(webhook.id().toString());
        assertThat(deadLetters.get(0).get("eventType").asString()).isEqualTo(FAILED);
        assertThat(deadLetters.get(0).get("attempts").asInt()).isEqualTo(4);
        assertThat(deadLetters.get(0).get("lastError").asString()).isEqualTo("HTTP 500: ERP busy, try later");

        erp.answerOtherwise(200);
        MvcResult replay = mvc.perform(post("/api/enterprises/{e}/webhooks/dead-letters/{d}/replay", enterprise, deliveryId)
                .with(adminOf(enterprise, admin))).andReturn();
        assertThat(replay.getResponse().getStatus()).as(replay.getResponse().getContentAsString()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> state(deliveryId).equals("DELIVERED"));

        ErpReceiverForTests.Received replayed = erp.received().getLast();
        assertThat(erp.received()).hasSize(5);
        assertThat(replayed.deliveryId()).isEqualTo(deliveryId.toString());
        assertThat(replayed.signatureValid()).isTrue();
        assertThat(replayed.answered()).isEqualTo(200);
        assertThat(replayed.body()).as("the same message").isEqualTo(attempts.getFirst().body());
        assertThat(Long.parseLong(replayed.timestamp())).isGreaterThanOrEqualTo(Long.parseLong(attempts.getLast().timestamp()));
        assertThat(json.readTree(replayed.body()).get("transfer").get("reason").asString()).isEqualTo("AM04");
        assertThat(json.readTree(mvc.perform(get("/api/enterprises/{e}/webhooks/dead-letters", enterprise)
                .with(adminOf(enterprise, admin))).andReturn().getResponse().getContentAsString())).isEmpty();
        assertThat(mvc.perform(post("/api/enterprises/{e}/webhooks/dead-letters/{d}/replay", enterprise, deliveryId)
                .with(adminOf(enterprise, admin))).andReturn().getResponse().getStatus()).as("a delivered one is not replayed").isEqualTo(409);
    }

    @Test
    void aReceiverRefusesASignatureMadeWithAnotherSecretAndAcceptsTheRotatedOne() throws Exception {
        ErpReceiverForTests erp = erp();
        Subscribed webhook = subscribe(enterprise, erp, SUBMITTED);
        MvcResult rotation = mvc.perform(post("/api/enterprises/{e}/webhooks/{id}/secret", enterprise, webhook.id())
                .with(adminOf(enterprise, admin))).andReturn();
        assertThat(rotation.getResponse().getStatus()).isEqualTo(200);
        String rotated = json.readTree(rotation.getResponse().getContentAsString()).get("secret").asString();
        assertThat(rotated).matches("[0-9a-f]{64}").isNotEqualTo(webhook.secret());
        EventEnvelope submitted = submitted(enterprise);

        publish(submitted);
        await().atMost(Duration.ofSeconds(30)).until(() -> !erp.received().isEmpty());
        erp.trust(rotated);
        UUID deliveryId = deliveryOf(webhook.id(), submitted);
        await().atMost(Duration.ofSeconds(30)).until(() -> state(deliveryId).equals("DELIVERED"));

        assertThat(erp.received().getFirst().signatureValid()).as("signed with the new secret, checked with the old").isFalse();
        assertThat(erp.received().getFirst().answered()).isEqualTo(401);
        assertThat(erp.received().getLast().signatureValid()).isTrue();
        assertThat(erp.received()).extracting(ErpReceiverForTests.Received::deliveryId).containsOnly(deliveryId.toString());
    }

    @Test
    void disablingAnEndpointParksWhatItStillOwedOnTheDeadLetterList() throws Exception {
        ErpReceiverForTests erp = erp();
        Subscribed webhook = subscribe(enterprise, erp, SUBMITTED);
        erp.answerOtherwise(503);
        EventEnvelope submitted = submitted(enterprise);
        publish(submitted);
        await().atMost(Duration.ofSeconds(30)).until(() -> !erp.received().isEmpty());

        assertThat(mvc.perform(delete("/api/enterprises/{e}/webhooks/{id}", enterprise, webhook.id()).with(adminOf(enterprise, admin)))
                .andReturn().getResponse().getStatus()).isEqualTo(204);

        UUID deliveryId = deliveryOf(webhook.id(), submitted);
        assertThat(state(deliveryId)).isEqualTo("DEAD");
        JsonNode deadLetters = json.readTree(mvc.perform(get("/api/enterprises/{e}/webhooks/dead-letters", enterprise)
                .with(adminOf(enterprise, admin))).andReturn().getResponse().getContentAsString());
        assertThat(deadLetters.get(0).get("lastError").asString()).contains("disabled");
        MvcResult replay = mvc.perform(post("/api/enterprises/{e}/webhooks/dead-letters/{d}/replay", enterprise, deliveryId)
                .with(adminOf(enterprise, admin))).andReturn();
        assertThat(replay.getResponse().getStatus()).as("nowhere to send it").isEqualTo(409);
    }

    @Test
    void dispatchersRunningAtOnceSendEveryDeliveryOnce() throws Exception {
        ErpReceiverForTests erp = erp();
        Subscribed webhook = subscribe(enterprise, erp, SUBMITTED);
        erp.answerAfter(Duration.ofMillis(40));
        int events = 12;
        // Beside the scheduled one, two more dispatchers on the same database, as two more instances would run.
        WebhookDispatcher second = new WebhookDispatcher(deliveries, endpoints, new JdkHttpWebhookTransport(
                Duration.ofSeconds(2), Duration.ofSeconds(2), new WebhookUrlPolicy(true)), POLICY, transactions, Clock.systemUTC(), 5);
        WebhookDispatcher third = new WebhookDispatcher(deliveries, endpoints, new JdkHttpWebhookTransport(
                Duration.ofSeconds(2), Duration.ofSeconds(2), new WebhookUrlPolicy(true)), POLICY, transactions, Clock.systemUTC(), 5);
        java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
        List<Thread> racing = List.of(second, third).stream().map(dispatcher -> Thread.ofVirtual().start(() -> {
            while (running.get()) {
                dispatcher.dispatchDue();
            }
        })).toList();
        try {
            for (int i = 0; i < events; i++) {
                publish(submitted(enterprise));
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql(
                    "SELECT count(*) FROM webhook_delivery WHERE endpoint_id = ? AND state = 'DELIVERED'")
                    .param(webhook.id()).query(Long.class).single() == events);
        } finally {
            running.set(false);
            for (Thread thread : racing) {
                thread.join();
            }
        }

        assertThat(erp.received()).hasSize(events);
        assertThat(erp.received()).extracting(ErpReceiverForTests.Received::deliveryId).doesNotHaveDuplicates();
    }

    @Test
    void theSecretIsInNoListingNoDatabaseColumnInClearAndNoLogLine(CapturedOutput output) throws Exception {
        ErpReceiverForTests erp = erp();
        Subscribed webhook = subscribe(enterprise, erp, SUBMITTED);
        erp.answer(500);
        String rotated = json.readTree(mvc.perform(post("/api/enterprises/{e}/webhooks/{id}/secret", enterprise, webhook.id())
                .with(adminOf(enterprise, admin))).andReturn().getResponse().getContentAsString()).get("secret").asString();
        erp.trust(rotated);
        EventEnvelope submitted = submitted(enterprise);
        publish(submitted);
        UUID[] deliveryId = new UUID[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> erp.received().size() == 2);
        deliveryId[0] = deliveryOf(webhook.id(), submitted);
        await().atMost(Duration.ofSeconds(10)).until(() -> state(deliveryId[0]).equals("DELIVERED"));

        String listing = mvc.perform(get("/api/enterprises/{e}/webhooks", enterprise).with(adminOf(enterprise, admin)))
                .andReturn().getResponse().getContentAsString();
        assertThat(listing).contains(webhook.id().toString()).doesNotContain(webhook.secret()).doesNotContain(rotated)
                .doesNotContain("\"secret\"");
        byte[] stored = jdbc.sql("SELECT secret FROM webhook_endpoint WHERE id = ?").param(webhook.id())
                .query((rs, n) -> rs.getBytes("secret")).single();
        assertThat(HexFormat.of().formatHex(stored)).doesNotContain(rotated);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(rotated)
                .doesNotContain(new String(HexFormat.of().parseHex(rotated), StandardCharsets.ISO_8859_1));
        // The log lines of this flow were captured (the failed attempt, the delivery), and none carries a secret.
        await().atMost(Duration.ofSeconds(10)).until(() -> output.getAll().contains("webhook delivery " + deliveryId[0]));
        assertThat(output.getAll()).contains("webhook delivery " + deliveryId[0])
                .doesNotContain(webhook.secret()).doesNotContain(rotated)
                .doesNotContain(erp.received().getFirst().signature().substring(3));
    }
}
