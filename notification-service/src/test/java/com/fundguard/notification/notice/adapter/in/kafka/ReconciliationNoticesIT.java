package com.fundguard.notification.notice.adapter.in.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fundguard.events.EventEnvelope;
import com.fundguard.events.EventTopics;
import com.fundguard.notification.PeopleForTests;
import com.fundguard.notification.PlatformEvents;
import com.fundguard.notification.webhook.ErpReceiverForTests;
import com.fundguard.test.infrastructure.WithRealInfrastructure;
import com.fundguard.test.kafka.TopicReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * reconciliation-service's events through real Kafka and PostgreSQL, as approval-service reads their contract
 * ({@code transfer-settled.v1} names the transfer): a settled transfer is told to its applicant and everyone who
 * approved it, once; a received statement is acknowledged and tells nobody.
 */
@SpringBootTest(properties = "fundguard.notification.webhook.dispatch-every=PT0.05S")
@AutoConfigureMockMvc
@WithRealInfrastructure
@Import({PeopleForTests.class, PlatformEvents.class})
class ReconciliationNoticesIT {

    static final String SETTLED = "com.fundguard.reconciliation.transfer-settled.v1";
    static final String STATEMENT_RECEIVED = "com.fundguard.reconciliation.statement-received.v1";
    static final String RETURNED = "com.fundguard.reconciliation.transfer-returned.v1";

    @Autowired PlatformEvents events;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired EventTopics topics;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;

    final UUID enterprise = UUID.randomUUID();
    final UUID applicant = PeopleForTests.person(enterprise, "CASHIER");
    final UUID auditor = PeopleForTests.person(enterprise, "AUDITOR");
    final UUID authorizer = PeopleForTests.person(enterprise, "AUTHORIZER");
    final UUID bystander = PeopleForTests.person(enterprise, "CASHIER");
    final UUID otherEnterprise = UUID.randomUUID();
    final UUID otherApplicant = PeopleForTests.person(otherEnterprise, "CASHIER");
    final UUID otherAuditor = PeopleForTests.person(otherEnterprise, "AUDITOR");
    final UUID transferId = UUID.randomUUID();

    void submittedAndAuthorized() {
        events.publish(enterprise, "com.fundguard.transfer.submitted.v1", transferId, """
                {"transferId": "%s", "reference": "TR-20261123-000900", "applicantId": "%s",
                 "payee": {"name": "Shanghai Steel Co.", "maskedAccountNumber": "**********7890"},
                 "amount": "125000.50", "currency": "CNY",
                 "route": {"steps": [{"name": "AUDIT", "role": "AUDITOR", "quorum": 1}, {"name": "AUTHORIZE", "role": "AUTHORIZER", "quorum": 1}]}}
                """.formatted(transferId, applicant));
        events.publish(enterprise, "com.fundguard.transfer.authorized.v1", transferId, """
                {"transferId": "%s", "reference": "TR-20261123-000900", "applicantId": "%s", "approvedBy": ["%s", "%s"]}
                """.formatted(transferId, applicant, auditor, authorizer));
        // The reconciliation topic is another partition log: the settlement follows once the transfer's events applied.
        await().atMost(Duration.ofSeconds(30)).until(() -> titlesFor(applicant).size() == 2);
    }

    List<String> titlesFor(UUID recipient) {
        return jdbc.sql("SELECT title FROM inbox_message WHERE recipient_id = ? ORDER BY created_at, title")
                .param(recipient).query(String.class).list();
    }

    List<String> settledBodiesFor(UUID recipient) {
        return jdbc.sql("SELECT body FROM inbox_message WHERE recipient_id = ? AND title = '付款 TR-20261123-000900 已结算'")
                .param(recipient).query(String.class).list();
    }

    long messagesIn(UUID enterpriseId) {
        return jdbc.sql("SELECT count(*) FROM inbox_message WHERE enterprise_id = ?").param(enterpriseId).query(Long.class).single();
    }

    boolean applied(EventEnvelope event) {
        return jdbc.sql("SELECT count(*) FROM event_inbox WHERE consumer = 'notification-service' AND event_id = ?")
                .param(event.id()).query(Long.class).single() == 1;
    }

    @Test
    void theApplicantAndEveryApproverAreToldOnceThatThePaymentIsBookedOnTheStatementAndNobodyElse() throws Exception {
        try (ErpReceiverForTests erp = ErpReceiverForTests.start()) {
            erp.trust(subscribe(erp, SETTLED));
            submittedAndAuthorized();

            EventEnvelope settled = events.publish(enterprise, SETTLED, transferId, """
                    {"transferId": "%s"}
                    """.formatted(transferId));
            events.publish(settled); // delivered again
            await().atMost(Duration.ofSeconds(30)).until(() -> titlesFor(authorizer).size() == 2);
            await().atMost(Duration.ofSeconds(30)).until(() -> erp.received().size() == 1);

            String body = "付款 TR-20261123-000900：125000.50 CNY，收款人 Shanghai Steel Co.（**********7890），已记入银行对账单，付款完成。";
            for (UUID told : List.of(applicant, auditor, authorizer)) {
                assertThat(settledBodiesFor(told)).as("%s", told).containsExactly(body);
            }
            assertThat(titlesFor(applicant)).containsExactly("付款申请 TR-20261123-000900 已提交",
                    "付款申请 TR-20261123-000900 已授权", "付款 TR-20261123-000900 已结算");
            assertThat(titlesFor(bystander)).isEmpty();
            assertThat(messagesIn(otherEnterprise)).isZero();
            // submitted: applicant, auditor; authorized: applicant, auditor, authorizer; settled: the same three.
            assertThat(messagesIn(enterprise)).isEqualTo(8);
            assertThat(jdbc.sql("SELECT count(*) FROM delivery WHERE caused_by = ?").param(settled.id())
                    .query(Long.class).single()).as("inbox and live stream for each of the three").isEqualTo(6);

            JsonNode payload = json.readTree(erp.received().getFirst().body());
            assertThat(payload.get("eventId").asString()).isEqualTo(settled.id());
            assertThat(payload.get("eventType").asString()).isEqualTo(SETTLED);
            assertThat(payload.get("transfer").get("state").asString()).isEqualTo("SETTLED");
            assertThat(payload.get("transfer").get("reference").asString()).as("from the kept transfer").isEqualTo("TR-20261123-000900");
            assertThat(payload.get("transfer").get("amount").asString()).isEqualTo("125000.50");
        }
    }

    @Test
    void theApplicantAndEveryApproverAreToldOnceThatTheBankReturnedThePaymentAndTheErpSeesItReturned() throws Exception {
        try (ErpReceiverForTests erp = ErpReceiverForTests.start()) {
            erp.trust(subscribe(erp, RETURNED));
            submittedAndAuthorized();

            EventEnvelope returned = events.publish(enterprise, RETURNED, transferId, """
                    {"transferId": "%s", "amount": "125000.50", "currency": "CNY"}
                    """.formatted(transferId));
            events.publish(returned); // delivered again
            await().atMost(Duration.ofSeconds(30)).until(() -> titlesFor(authorizer).size() == 2);
            await().atMost(Duration.ofSeconds(30)).until(() -> erp.received().size() == 1);

            String message = "付款 TR-20261123-000900 已被银行退回 | 付款 TR-20261123-000900：125000.50 CNY，收款人 Shanghai Steel Co."
                    + "（**********7890），已被银行退回，资金已回到付款账户，收款人未收到款项。";
            for (UUID told : List.of(applicant, auditor, authorizer)) {
                assertThat(jdbc.sql("SELECT title || ' | ' || body FROM inbox_message WHERE recipient_id = ? AND caused_by = ?")
                        .params(told, returned.id()).query(String.class).list()).as("%s", told).containsExactly(message);
            }
            assertThat(titlesFor(bystander)).isEmpty();
            assertThat(messagesIn(otherEnterprise)).isZero();
            JsonNode payload = json.readTree(erp.received().getFirst().body());
            assertThat(payload.get("eventType").asString()).isEqualTo(RETURNED);
            assertThat(payload.get("transfer").get("state").asString()).isEqualTo("RETURNED");
            assertThat(payload.get("transfer").get("reference").asString()).isEqualTo("TR-20261123-000900");
        }
    }

    @Test
    void aReceivedStatementIsAcknowledgedWithoutTellingAnyoneAndASettlementOfAnUnknownTransferTellsNobody() {
        EventEnvelope unknownTransfer = events.publish(otherEnterprise, SETTLED, UUID.randomUUID(), """
                {"transferId": "%s"}
                """.formatted(UUID.randomUUID()));
        UUID importId = UUID.randomUUID();
        try (TopicReader deadLetters = new TopicReader(bootstrapServers, topics.deadLetterOf(topics.of("reconciliation")))) {
            EventEnvelope statement = events.publish(otherEnterprise, STATEMENT_RECEIVED, importId, """
                    {"importId": "%s", "format": "CAMT_053", "sha256": "%s", "sizeBytes": 18432, "importedAt": "2026-11-24T01:00:00Z"}
                    """.formatted(importId, "ab".repeat(32)));
            // A record that is dead-lettered, on the statement's partition (same key) after it: once it is on the
            // dead-letter topic, the statement before it was consumed.
            EventEnvelope malformed = events.publish(otherEnterprise, SETTLED, importId, """
                    {"transferId": "not a transfer id"}
                    """);
            List<String> parked = deadLetters.awaitRecords(records -> records.stream().anyMatch(r -> r.value().contains(malformed.id())))
                    .stream().map(r -> r.value()).toList();

            assertThat(parked).noneMatch(value -> value.contains(statement.id()));
            assertThat(deadLetters.readToEnd()).noneMatch(r -> r.value().contains(statement.id()));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> applied(unknownTransfer));
        assertThat(messagesIn(otherEnterprise)).isZero();
        assertThat(titlesFor(otherApplicant)).isEmpty();
        assertThat(titlesFor(otherAuditor)).isEmpty();
    }

    @Test
    void aSettlementEndsNoWaitingStepTheReminderScanFollows() {
        UUID waiting = UUID.randomUUID();
        events.publish(enterprise, "com.fundguard.transfer.submitted.v1", waiting, """
                {"transferId": "%s", "reference": "TR-20261123-000901", "applicantId": "%s",
                 "payee": {"name": "Shanghai Steel Co.", "maskedAccountNumber": "**********7890"},
                 "amount": "80.00", "currency": "CNY", "route": {"steps": [{"name": "AUDIT", "role": "AUDITOR", "quorum": 1}]}}
                """.formatted(waiting, applicant));
        await().atMost(Duration.ofSeconds(30)).until(() -> titlesFor(applicant).size() == 1);

        EventEnvelope settled = events.publish(enterprise, SETTLED, waiting, """
                {"transferId": "%s"}
                """.formatted(waiting));
        await().atMost(Duration.ofSeconds(30)).until(() -> applied(settled));

        // Only approval-service's transfer events start or end an approval step; a bank-side report is not one.
        assertThat(jdbc.sql("SELECT count(*) FROM approval_follow_up WHERE transfer_id = ? AND ended_at IS NULL")
                .param(waiting).query(Long.class).single()).isEqualTo(1);
        assertThat(titlesFor(applicant)).containsExactly("付款申请 TR-20261123-000901 已提交", "付款 TR-20261123-000901 已结算");
    }

    String subscribe(ErpReceiverForTests erp, String... types) throws Exception {
        UUID admin = UUID.randomUUID();
        String body = json.writeValueAsString(Map.of("url", erp.url().toString(), "eventTypes", List.of(types)));
        String answer = mvc.perform(post("/api/enterprises/{e}/webhooks", enterprise).contentType(MediaType.APPLICATION_JSON)
                        .content(body).with(jwt().jwt(token -> token.subject(admin.toString())
                                .claim("enterprise_id", enterprise.toString()).claim("roles", List.of("ENTERPRISE_ADMIN")))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(answer).get("secret").asString();
    }
}
