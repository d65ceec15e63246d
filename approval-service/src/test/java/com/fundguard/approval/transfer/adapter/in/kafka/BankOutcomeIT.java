package com.fundguard.approval.transfer.adapter.in.kafka;

import static com.fundguard.test.web.Callers.as;
import static com.fundguard.test.web.Callers.memberOf;
import static com.fundguard.approval.RolesForTests.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fundguard.approval.RolesForTests;
import com.fundguard.approval.transfer.domain.ApproverRole;
import com.fundguard.events.EventEnvelope;
import com.fundguard.events.EventEnvelopeCodec;
import com.fundguard.events.EventTopics;
import com.fundguard.test.infrastructure.WithRealInfrastructure;
import com.fundguard.test.kafka.TopicReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The bank side's events move an authorized request on, through real Kafka; impossible reports are dead-lettered. */
@SpringBootTest(properties = "fundguard.approval.routing.source=built-in")
@AutoConfigureMockMvc
@WithRealInfrastructure
@Import(RolesForTests.class)
class BankOutcomeIT {

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired KafkaTemplate<String, String> kafka;
    @Autowired EventTopics topics;
    @Autowired EventEnvelopeCodec codec;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;

    final UUID enterprise = UUID.randomUUID();

    JsonNode submit() throws Exception {
        return json.readTree(mvc.perform(post("/api/enterprises/{e}/transfers", enterprise).with(as(UUID.randomUUID(), enterprise)).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"payerAccount": "CN6222000011110001",
                         "payee": {"name": "Shanghai Steel Co.", "accountNumber": "31001234567890", "bankCode": "CCBCCNBJ", "type": "CORPORATE"},
                         "amount": {"value": "125000.50", "currency": "CNY"}, "purpose": "Invoice", "requestedExecutionDate": "%s"}
                        """.formatted(LocalDate.now().plusDays(1)))).andReturn().getResponse().getContentAsString());
    }

    void approve(JsonNode transfer, UUID decider) throws Exception {
        mvc.perform(post("/api/enterprises/{e}/transfers/{t}/approve", enterprise, transfer.get("id").asString()).with(as(decider, enterprise))
                .header("Idempotency-Key", UUID.randomUUID().toString()).contentType(MediaType.APPLICATION_JSON)
                .content(json.createObjectNode().put("contentHash", transfer.get("contentHash").asString())
                        .put("opinion", "ok").put("client", "web").toString())).andExpect(status().isOk());
    }

    EventEnvelope publish(String family, String type, String transferId) throws Exception {
        EventEnvelope event = new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID().toString(), "/bank-connector-service", type,
                transferId, Instant.now(), "application/json", enterprise.toString(), null,
                json.readTree("{\"transferId\": \"" + transferId + "\", \"bankReference\": \"B-1\"}"));
        kafka.send(topics.of(family), transferId, codec.write(event)).get();
        return event;
    }

    String state(String transferId) {
        return jdbc.sql("SELECT state FROM transfer_request WHERE id = ?::uuid").param(transferId).query(String.class).single();
    }

    @Test
    void anAuthorizedRequestIsExecutingThenExecutedThenSettledAsTheBankSideReports() throws Exception {
        JsonNode transfer = submit();
        approve(transfer, person(ApproverRole.AUDITOR));
        approve(transfer, person(ApproverRole.AUTHORIZER));
        String id = transfer.get("id").asString();

        publish("execution", "com.fundguard.execution.claimed.v1", id);
        await().atMost(Duration.ofSeconds(30)).until(() -> state(id).equals("EXECUTING"));
        publish("execution", "com.fundguard.execution.outcome-unknown.v1", id);
        await().atMost(Duration.ofSeconds(30)).until(() -> state(id).equals("OUTCOME_UNKNOWN"));
        publish("execution", "com.fundguard.execution.executed.v1", id);
        await().atMost(Duration.ofSeconds(30)).until(() -> state(id).equals("EXECUTED"));
        publish("reconciliation", "com.fundguard.reconciliation.transfer-settled.v1", id);
        await().atMost(Duration.ofSeconds(30)).until(() -> state(id).equals("SETTLED"));
    }

    @Test
    void aStatementSettlingAnUnknownOutcomeBeforeTheExecutionSideConfirmsItIsNotUndoneAndAReturnMarksItReturned() throws Exception {
        JsonNode transfer = submit();
        approve(transfer, person(ApproverRole.AUDITOR));
        approve(transfer, person(ApproverRole.AUTHORIZER));
        String id = transfer.get("id").asString();

        publish("execution", "com.fundguard.execution.claimed.v1", id);
        publish("execution", "com.fundguard.execution.outcome-unknown.v1", id);
        await().atMost(Duration.ofSeconds(30)).until(() -> state(id).equals("OUTCOME_UNKNOWN"));
        publish("reconciliation", "com.fundguard.reconciliation.transfer-settled.v1", id);
        await().atMost(Duration.ofSeconds(30)).until(() -> state(id).equals("SETTLED"));
        // bank-connector, told by the statement, confirms the execution afterwards: no news, not a dead letter
        try (TopicReader deadLetters = new TopicReader(bootstrapServers, topics.deadLetterOf(topics.of("execution")))) {
            EventEnvelope lateConfirmation = publish("execution", "com.fundguard.execution.executed.v1", id);
            publish("reconciliation", "com.fundguard.reconciliation.transfer-returned.v1", id);
            await().atMost(Duration.ofSeconds(30)).until(() -> state(id).equals("RETURNED"));
            assertThat(deadLetters.readToEnd()).noneMatch(r -> r.value().contains(lateConfirmation.id()));
        }
    }

    @Test
    void aReportThatCannotApplyIsDeadLetteredAndAnIgnoredTypeIsNot() throws Exception {
        String pending = submit().get("id").asString();
        try (TopicReader deadLetters = new TopicReader(bootstrapServers, topics.deadLetterOf(topics.of("execution")));
             TopicReader reconciliationDeadLetters = new TopicReader(bootstrapServers, topics.deadLetterOf(topics.of("reconciliation")))) {
            EventEnvelope impossible = publish("execution", "com.fundguard.execution.executed.v1", pending);
            deadLetters.awaitRecords(records -> records.stream().anyMatch(r -> r.value().contains(impossible.id())));

            EventEnvelope ignored = publish("reconciliation", "com.fundguard.reconciliation.statement-received.v1", UUID.randomUUID().toString());
            JsonNode marker = submit();
            approve(marker, person(ApproverRole.AUDITOR));
            approve(marker, person(ApproverRole.AUTHORIZER));
            publish("reconciliation", "com.fundguard.reconciliation.transfer-settled.v1", marker.get("id").asString());
            reconciliationDeadLetters.awaitRecords(records -> records.stream().anyMatch(r -> r.value().contains(marker.get("id").asString())));
            assertThat(reconciliationDeadLetters.readToEnd()).noneMatch(r -> r.value().contains(ignored.id()));
        }
        assertThat(state(pending)).isEqualTo("PENDING_AUDIT");
    }
}
