package com.fundguard.bankconnector.execution.adapter.in.web;

import static com.fundguard.test.web.Callers.as;
import static com.fundguard.test.web.Callers.memberOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fundguard.bank.channel.BankCredentials;
import com.fundguard.crypto.canonical.ApprovedContent;
import com.fundguard.crypto.sealing.SealedBox;
import com.fundguard.crypto.sealing.Sealing;
import com.fundguard.events.EventEnvelope;
import com.fundguard.events.EventEnvelopeCodec;
import com.fundguard.events.EventTopics;
import com.fundguard.test.infrastructure.WithRealInfrastructure;
import com.fundguard.test.kafka.TopicReader;
import java.math.BigDecimal;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The execution API over real PostgreSQL and Kafka: an authorization event queues the transfer; an agent of the
 * enterprise takes it under a lease, receives the credentials sealed to its one-time key, declares sending and
 * reports; the execution events follow. Leases run out in 3 s here (test configuration).
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithRealInfrastructure
@ExtendWith(OutputCaptureExtension.class)
class AgentApiIT {

    static final String PASSWORD = "Online-Banking-Pa55word!";
    static final String PIN = "731904";

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired KafkaTemplate<String, String> kafka;
    @Autowired EventTopics topics;
    @Autowired EventEnvelopeCodec codec;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;

    final UUID enterprise = UUID.randomUUID();
    final UUID authorizer = UUID.randomUUID();
    final String payerAccount = "CN62220000" + (100000 + (int) (Math.random() * 800000));

    static RequestPostProcessor agent(String agentId, UUID enterprise) {
        return jwt().jwt(token -> token.subject("agent:" + agentId).claim("enterprise_id", enterprise.toString())
                .claim("roles", List.of("OPERATOR")).claim("scope", List.of("execution")));
    }

    static RequestPostProcessor authorizer(UUID person, UUID enterprise) {
        return jwt().jwt(token -> token.subject(person.toString()).claim("enterprise_id", enterprise.toString())
                .claim("roles", List.of("AUTHORIZER")));
    }

    ResultActions asAgent(MockHttpServletRequestBuilder request, String agentId, UUID enterpriseId) throws Exception {
        return mvc.perform(request.with(agent(agentId, enterpriseId)).header(AgentCaller.AGENT_HEADER, agentId)
                .header(AgentCaller.ENTERPRISE_HEADER, enterpriseId.toString()));
    }

    void registerAccountWithCredentials() throws Exception {
        mvc.perform(put("/api/enterprises/{e}/payer-accounts/{a}", enterprise, payerAccount).with(memberOf(enterprise))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Acme Ltd\", \"bankCode\": \"FGSANDBOX\", \"currency\": \"CNY\"}"))
                .andExpect(status().isCreated());
        mvc.perform(put("/api/enterprises/{e}/payer-accounts/{a}/credentials", enterprise, payerAccount).with(authorizer(authorizer, enterprise))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.createObjectNode().put("onlineBankingPassword", PASSWORD).put("ukeyPin", PIN).toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revision").value(1));
    }

    ApprovedContent authorize() throws Exception {
        ApprovedContent content = new ApprovedContent(UUID.randomUUID(), payerAccount, "Shanghai Steel Co.", "31001234567890", "CCBCCNBJ",
                "CORPORATE", new BigDecimal("125000.50"), Currency.getInstance("CNY"), "Invoice 2026-117", LocalDate.of(2026, 11, 23), List.of());
        var order = json.createObjectNode().put("payerAccount", payerAccount).put("payeeName", content.payeeName())
                .put("payeeAccount", content.payeeAccount()).put("payeeBankCode", content.payeeBankCode()).put("payeeType", "CORPORATE")
                .put("amount", "125000.50").put("currency", "CNY").put("purpose", content.purpose())
                .put("requestedExecutionDate", "2026-11-23").put("contentHash", content.hash());
        order.putArray("voucherIds");
        var data = json.createObjectNode().put("transferId", content.transferId().toString()).put("reference", "TR-20261123-0001");
        data.set("order", order);
        EventEnvelope event = new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID().toString(), "/approval-service",
                "com.fundguard.transfer.authorized.v1", content.transferId().toString(), Instant.now(), "application/json",
                enterprise.toString(), null, json.readTree(data.toString()));
        kafka.send(topics.of("transfer"), content.transferId().toString(), codec.write(event)).get();
        return content;
    }

    JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    @Test
    void anAgentTakesTheAuthorizedTransferOpensTheSealedCredentialsAndReportsItExecuted(CapturedOutput output) throws Exception {
        registerAccountWithCredentials();
        ApprovedContent content = authorize();

        JsonNode work = body(asAgent(get("/api/agent/work").param("waitSeconds", "20"), "desk-1", enterprise).andExpect(status().isOk()));
        assertThat(work.get("transferId").asString()).isEqualTo(content.transferId().toString());
        assertThat(work.get("endToEndId").asString()).isEqualTo(content.transferId().toString().replace("-", ""));
        assertThat(work.get("payerName").asString()).isEqualTo("Acme Ltd");
        ApprovedContent asReceived = new ApprovedContent(UUID.fromString(work.get("transferId").asString()), work.get("payerAccount").asString(),
                work.get("payeeName").asString(), work.get("payeeAccount").asString(), work.get("payeeBankCode").asString(),
                work.get("payeeType").asString(), new BigDecimal(work.get("amount").asString()), Currency.getInstance(work.get("currency").asString()),
                work.get("purpose").asString(), LocalDate.parse(work.get("requestedExecutionDate").asString()), List.of());
        assertThat(asReceived.hash()).as("the order as the agent gets it hashes to what the approvers confirmed")
                .isEqualTo(work.get("contentHash").asString());

        JsonNode claim = body(asAgent(post("/api/agent/transfers/{t}/claims", content.transferId()), "desk-1", enterprise)
                .andExpect(status().isCreated()));
        String claimId = claim.get("claimId").asString();
        asAgent(post("/api/agent/transfers/{t}/claims", content.transferId()), "desk-2", enterprise)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.reason").value("NOT_QUEUED"));
        asAgent(get("/api/agent/work"), "desk-2", enterprise).andExpect(status().isNoContent());

        KeyPair oneTime = Sealing.newRecipientKeyPair();
        JsonNode sealed = body(asAgent(post("/api/agent/claims/{c}/credentials", claimId).contentType(MediaType.APPLICATION_JSON)
                .content(json.createObjectNode().put("recipientKey", Base64.getEncoder().encodeToString(oneTime.getPublic().getEncoded())).toString()),
                "desk-1", enterprise).andExpect(status().isOk()));
        byte[] opened = new Sealing().open(oneTime, SealedBox.fromBytes(Base64.getDecoder().decode(sealed.get("sealedCredentials").asString())),
                BankCredentials.associatedData(UUID.fromString(claimId), enterprise, payerAccount));
        try (BankCredentials credentials = BankCredentials.fromBytes(opened)) {
            assertThat(new String(credentials.password())).isEqualTo(PASSWORD);
            assertThat(new String(credentials.pin())).isEqualTo(PIN);
        }
        assertThat(sealed.toString()).doesNotContain(PASSWORD).doesNotContain(PIN);

        asAgent(post("/api/agent/claims/{c}/sending", claimId), "desk-1", enterprise)
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("SENDING"));
        asAgent(post("/api/agent/claims/{c}/credentials", claimId).contentType(MediaType.APPLICATION_JSON)
                        .content(json.createObjectNode().put("recipientKey", Base64.getEncoder().encodeToString(oneTime.getPublic().getEncoded())).toString()),
                "desk-1", enterprise).andExpect(status().isConflict());
        String result = "{\"outcome\": \"EXECUTED\", \"bankReference\": \"FGSB-20261123-1\"}";
        asAgent(post("/api/agent/claims/{c}/result", claimId).contentType(MediaType.APPLICATION_JSON).content(result), "desk-1", enterprise)
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("EXECUTED"));
        asAgent(post("/api/agent/claims/{c}/result", claimId).contentType(MediaType.APPLICATION_JSON).content(result), "desk-1", enterprise)
                .andExpect(status().isOk()); // the same report again (its answer was lost) changes nothing

        mvc.perform(get("/api/enterprises/{e}/executions/{t}", enterprise, content.transferId()).with(authorizer(authorizer, enterprise)))
                .andExpect(jsonPath("$.state").value("EXECUTED"))
                .andExpect(jsonPath("$.bankReference").value("FGSB-20261123-1"))
                .andExpect(jsonPath("$.timeline[*].step").value(org.hamcrest.Matchers.contains("QUEUED", "CLAIMED", "CREDENTIALS_RELEASED",
                        "SENDING", "REPORTED EXECUTED")));

        try (TopicReader reader = new TopicReader(bootstrapServers, topics.of("execution"))) {
            String id = content.transferId().toString();
            var records = reader.awaitRecords(all -> all.stream().filter(r -> id.equals(r.key())).count() >= 2);
            assertThat(records.stream().filter(r -> id.equals(r.key())).map(r -> json.readTree(r.value()).get("type").asString()))
                    .containsExactly("com.fundguard.execution.claimed.v1", "com.fundguard.execution.executed.v1");
            assertThat(records).allSatisfy(r -> assertThat(r.value()).doesNotContain(PASSWORD).doesNotContain(PIN));
        }
        assertThat(output.getAll()).doesNotContain(PASSWORD).doesNotContain(PIN);
    }

    @Test
    void everyStepAndEveryCredentialReleaseIsInAHashChainedAuditLogThatNamesATamperedLink() throws Exception {
        registerAccountWithCredentials();
        ApprovedContent content = authorize();
        asAgent(get("/api/agent/work").param("waitSeconds", "20"), "desk-1", enterprise).andExpect(status().isOk());
        String claimId = body(asAgent(post("/api/agent/transfers/{t}/claims", content.transferId()), "desk-1", enterprise)).get("claimId").asString();
        asAgent(post("/api/agent/claims/{c}/credentials", claimId).contentType(MediaType.APPLICATION_JSON)
                .content(json.createObjectNode().put("recipientKey", Base64.getEncoder().encodeToString(
                        Sealing.newRecipientKeyPair().getPublic().getEncoded())).toString()), "desk-1", enterprise).andExpect(status().isOk());

        mvc.perform(get("/api/enterprises/{e}/execution-audit/verification", enterprise).with(authorizer(authorizer, enterprise)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.intact").value(true)).andExpect(jsonPath("$.linksChecked").value(5));
        List<String> kinds = jdbc.sql("SELECT content::json->>'kind' FROM audit_link WHERE enterprise_id = ? ORDER BY sequence")
                .param(enterprise).query(String.class).list();
        assertThat(kinds).containsExactly("bank-credentials-set", "execution-step", "execution-step", "bank-credentials-released", "execution-step");
        assertThat(jdbc.sql("SELECT string_agg(content, ' ') FROM audit_link WHERE enterprise_id = ?").param(enterprise).query(String.class).single())
                .doesNotContain(PASSWORD).doesNotContain(PIN);

        // Someone with database access rewrites who took the claim: the verifier names that link.
        jdbc.sql("UPDATE audit_link SET content = replace(content, 'desk-1', 'desk-9') WHERE enterprise_id = ? AND sequence = 2")
                .param(enterprise).update();
        mvc.perform(get("/api/enterprises/{e}/execution-audit/verification", enterprise).with(authorizer(authorizer, enterprise)))
                .andExpect(jsonPath("$.intact").value(false)).andExpect(jsonPath("$.firstBrokenLink").value(2));
        mvc.perform(get("/api/enterprises/{e}/execution-audit/verification", enterprise).with(memberOf(enterprise)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aLeaseThatRunsOutMakesTheOutcomeUnknownWithAnInquiryScheduledAndTheAgentMayNoLongerSend() throws Exception {
        registerAccountWithCredentials();
        ApprovedContent content = authorize();
        asAgent(get("/api/agent/work").param("waitSeconds", "20"), "desk-1", enterprise).andExpect(status().isOk());
        String claimId = body(asAgent(post("/api/agent/transfers/{t}/claims", content.transferId()), "desk-1", enterprise)
                .andExpect(status().isCreated())).get("claimId").asString();

        await().atMost(Duration.ofSeconds(40)).untilAsserted(() ->
                mvc.perform(get("/api/enterprises/{e}/executions/{t}", enterprise, content.transferId()).with(authorizer(authorizer, enterprise)))
                        .andExpect(jsonPath("$.state").value("OUTCOME_UNKNOWN"))
                        .andExpect(jsonPath("$.nextInquiryAt").isNotEmpty())
                        .andExpect(jsonPath("$.timeline[*].step").value(org.hamcrest.Matchers.hasItem(
                                org.hamcrest.Matchers.startsWith("INQUIRED UNANSWERED")))));
        asAgent(post("/api/agent/claims/{c}/sending", claimId), "desk-1", enterprise)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.reason").value("LEASE_LOST"));
        asAgent(post("/api/agent/claims/{c}/heartbeat", claimId), "desk-1", enterprise)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.reason").value("LEASE_LOST"));
        // an order that may have left is not offered again while the bank has not said it has none
        asAgent(get("/api/agent/work"), "desk-2", enterprise).andExpect(status().isNoContent());
    }

    @Test
    void aStatementLineShowingTheOrderBookedEndsAnUnknownOutcomeAndItIsNeverOfferedAgain() throws Exception {
        registerAccountWithCredentials();
        ApprovedContent content = authorize();
        asAgent(get("/api/agent/work").param("waitSeconds", "20"), "desk-1", enterprise).andExpect(status().isOk());
        asAgent(post("/api/agent/transfers/{t}/claims", content.transferId()), "desk-1", enterprise).andExpect(status().isCreated());
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() ->
                mvc.perform(get("/api/enterprises/{e}/executions/{t}", enterprise, content.transferId()).with(authorizer(authorizer, enterprise)))
                        .andExpect(jsonPath("$.state").value("OUTCOME_UNKNOWN")));

        String id = content.transferId().toString();
        EventEnvelope settled = new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID().toString(), "/reconciliation-service",
                "com.fundguard.reconciliation.transfer-settled.v1", id, Instant.now(), "application/json", enterprise.toString(), null,
                json.readTree("{\"transferId\": \"" + id + "\", \"endToEndId\": \"E2E\", \"bankReference\": \"FGSB-STMT-7\"}"));
        try (TopicReader reader = new TopicReader(bootstrapServers, topics.of("execution"))) {
            kafka.send(topics.of("reconciliation"), id, codec.write(settled)).get();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    mvc.perform(get("/api/enterprises/{e}/executions/{t}", enterprise, content.transferId()).with(authorizer(authorizer, enterprise)))
                            .andExpect(jsonPath("$.state").value("EXECUTED"))
                            .andExpect(jsonPath("$.bankReference").value("FGSB-STMT-7"))
                            .andExpect(jsonPath("$.nextInquiryAt").doesNotExist())
                            .andExpect(jsonPath("$.timeline[-1].step").value("SETTLED_ON_STATEMENT")));
            var records = reader.awaitRecords(all -> all.stream().anyMatch(r -> id.equals(r.key()) && r.value().contains("execution.executed.v1")));
            assertThat(records.stream().filter(r -> id.equals(r.key()) && r.value().contains("execution.executed.v1")))
                    .singleElement().satisfies(r -> assertThat(r.value()).contains("FGSB-STMT-7"));
        }
        asAgent(get("/api/agent/work"), "desk-2", enterprise).andExpect(status().isNoContent());
    }

    @Test
    void anotherEnterprisesAgentNeitherSeesNorTakesTheTransfer() throws Exception {
        registerAccountWithCredentials();
        ApprovedContent content = authorize();
        UUID otherEnterprise = UUID.randomUUID();
        asAgent(get("/api/agent/work").param("waitSeconds", "20"), "desk-1", enterprise).andExpect(status().isOk());

        asAgent(get("/api/agent/work"), "intruder", otherEnterprise).andExpect(status().isNoContent());
        asAgent(post("/api/agent/transfers/{t}/claims", content.transferId()), "intruder", otherEnterprise).andExpect(status().isNotFound());
        String claimId = body(asAgent(post("/api/agent/transfers/{t}/claims", content.transferId()), "desk-1", enterprise)).get("claimId").asString();
        asAgent(post("/api/agent/claims/{c}/heartbeat", claimId), "intruder", otherEnterprise).andExpect(status().isNotFound());
        mvc.perform(get("/api/enterprises/{e}/executions/{t}", otherEnterprise, content.transferId()).with(authorizer(UUID.randomUUID(), otherEnterprise)))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyAnEnrolledAgentWhoseCertificateNamesItUsesTheExecutionApi() throws Exception {
        mvc.perform(get("/api/agent/work").with(memberOf(enterprise))).andExpect(status().isForbidden());
        // no certificate named by the gateway
        mvc.perform(get("/api/agent/work").with(agent("desk-1", enterprise))).andExpect(status().isForbidden());
        mvc.perform(get("/api/agent/work").with(agent("desk-1", enterprise)).header(AgentCaller.AGENT_HEADER, "desk-2")
                .header(AgentCaller.ENTERPRISE_HEADER, enterprise.toString())).andExpect(status().isForbidden());
        mvc.perform(get("/api/agent/work").with(agent("desk-1", enterprise)).header(AgentCaller.AGENT_HEADER, "desk-1")
                .header(AgentCaller.ENTERPRISE_HEADER, UUID.randomUUID().toString())).andExpect(status().isForbidden());
        asAgent(get("/api/agent/work"), "desk-1", enterprise).andExpect(status().isNoContent());
    }

    @Test
    void oneUkeyDoesOneThingAtATimeWhateverPathAClaimComesBy() throws Exception {
        registerAccountWithCredentials();
        ApprovedContent first = authorize();
        ApprovedContent second = authorize();
        asAgent(get("/api/agent/work").param("waitSeconds", "20"), "desk-1", enterprise).andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(20)).until(() -> mvc.perform(get("/api/enterprises/{e}/executions/{t}", enterprise, second.transferId())
                .with(authorizer(authorizer, enterprise))).andReturn().getResponse().getStatus() == 200);
        asAgent(post("/api/agent/transfers/{t}/claims", first.transferId()), "desk-1", enterprise).andExpect(status().isCreated());

        asAgent(get("/api/agent/work"), "desk-2", enterprise).andExpect(status().isNoContent());
        asAgent(post("/api/agent/transfers/{t}/claims", second.transferId()), "desk-2", enterprise)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.reason").value("NOT_QUEUED"));
    }

    @Test
    void theCredentialsAreReleasedOncePerClaim() throws Exception {
        registerAccountWithCredentials();
        ApprovedContent content = authorize();
        asAgent(get("/api/agent/work").param("waitSeconds", "20"), "desk-1", enterprise).andExpect(status().isOk());
        String claimId = body(asAgent(post("/api/agent/transfers/{t}/claims", content.transferId()), "desk-1", enterprise)).get("claimId").asString();
        String request = json.createObjectNode().put("recipientKey", Base64.getEncoder().encodeToString(
                Sealing.newRecipientKeyPair().getPublic().getEncoded())).toString();

        asAgent(post("/api/agent/claims/{c}/credentials", claimId).contentType(MediaType.APPLICATION_JSON).content(request), "desk-1", enterprise)
                .andExpect(status().isOk());
        asAgent(post("/api/agent/claims/{c}/credentials", claimId).contentType(MediaType.APPLICATION_JSON).content(request), "desk-1", enterprise)
                .andExpect(status().isConflict());
    }

    @Test
    void aTransferFromAPayerAccountNotRegisteredHereFailsAtOnceAndSaysWhy() throws Exception {
        ApprovedContent content = authorize();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                mvc.perform(get("/api/enterprises/{e}/executions/{t}", enterprise, content.transferId()).with(authorizer(authorizer, enterprise)))
                        .andExpect(jsonPath("$.state").value("FAILED"))
                        .andExpect(jsonPath("$.reasonCode").value("PAYER_ACCOUNT_NOT_REGISTERED")));
        try (TopicReader reader = new TopicReader(bootstrapServers, topics.of("execution"))) {
            String id = content.transferId().toString();
            assertThat(reader.awaitRecords(all -> all.stream().anyMatch(r -> id.equals(r.key()))).stream().filter(r -> id.equals(r.key()))
                    .map(r -> json.readTree(r.value()).get("type").asString())).containsExactly("com.fundguard.execution.failed.v1");
        }
    }

    @Test
    void anExecutionIsShownToThePeopleWhoFollowTransfersOnly() throws Exception {
        ApprovedContent content = authorize();
        await().atMost(Duration.ofSeconds(20)).until(() -> mvc.perform(get("/api/enterprises/{e}/executions/{t}", enterprise, content.transferId())
                .with(authorizer(authorizer, enterprise))).andReturn().getResponse().getStatus() == 200);

        mvc.perform(get("/api/enterprises/{e}/executions/{t}", enterprise, content.transferId()).with(memberOf(enterprise)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/enterprises/{e}/executions/{t}", enterprise, content.transferId()).with(agent("desk-1", enterprise)))
                .andExpect(status().isForbidden());
    }

    @Test
    void onlyAnAuthorizerSetsCredentialsAndNoAnswerEverContainsThem(CapturedOutput output) throws Exception {
        mvc.perform(put("/api/enterprises/{e}/payer-accounts/{a}", enterprise, payerAccount).with(memberOf(enterprise))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Acme Ltd\", \"bankCode\": \"FGSANDBOX\", \"currency\": \"CNY\"}"));
        String body = json.createObjectNode().put("onlineBankingPassword", PASSWORD).put("ukeyPin", PIN).toString();

        mvc.perform(put("/api/enterprises/{e}/payer-accounts/{a}/credentials", enterprise, payerAccount).with(as(UUID.randomUUID(), enterprise))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        mvc.perform(put("/api/enterprises/{e}/payer-accounts/{a}/credentials", enterprise, payerAccount).with(authorizer(authorizer, enterprise))
                        .contentType(MediaType.APPLICATION_JSON).content(json.createObjectNode().put("onlineBankingPassword", PASSWORD)
                                .put("ukeyPin", "12").toString()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("ukeyPin"));
        mvc.perform(put("/api/enterprises/{e}/payer-accounts/{a}/credentials", enterprise, "CN0000UNKNOWN").with(authorizer(authorizer, enterprise))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isNotFound());

        String first = mvc.perform(put("/api/enterprises/{e}/payer-accounts/{a}/credentials", enterprise, payerAccount)
                .with(authorizer(authorizer, enterprise)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String rotated = mvc.perform(put("/api/enterprises/{e}/payer-accounts/{a}/credentials", enterprise, payerAccount)
                        .with(authorizer(authorizer, enterprise)).contentType(MediaType.APPLICATION_JSON)
                        .content(json.createObjectNode().put("onlineBankingPassword", PASSWORD + "2").put("ukeyPin", "880011").toString()))
                .andExpect(jsonPath("$.revision").value(2)).andReturn().getResponse().getContentAsString();
        String described = mvc.perform(get("/api/enterprises/{e}/payer-accounts/{a}/credentials", enterprise, payerAccount)
                        .with(authorizer(authorizer, enterprise)))
                .andExpect(jsonPath("$.revision").value(2)).andExpect(jsonPath("$.setBy").value(authorizer.toString()))
                .andReturn().getResponse().getContentAsString();

        assertThat(List.of(first, rotated, described)).allSatisfy(answer -> assertThat(answer)
                .doesNotContain(PASSWORD).doesNotContain(PIN).doesNotContain("880011"));
        assertThat(output.getAll()).doesNotContain(PASSWORD).doesNotContain(PIN).doesNotContain("880011");
    }

    @Test
    void aReportThatCannotBeRightNamesItsFieldAndChangesNothing() throws Exception {
        registerAccountWithCredentials();
        ApprovedContent content = authorize();
        asAgent(get("/api/agent/work").param("waitSeconds", "20"), "desk-1", enterprise).andExpect(status().isOk());
        String claimId = body(asAgent(post("/api/agent/transfers/{t}/claims", content.transferId()), "desk-1", enterprise)).get("claimId").asString();
        asAgent(post("/api/agent/claims/{c}/sending", claimId), "desk-1", enterprise).andExpect(status().isOk());

        asAgent(post("/api/agent/claims/{c}/result", claimId).contentType(MediaType.APPLICATION_JSON).content("{\"outcome\": \"EXECUTED\"}"),
                "desk-1", enterprise).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("bankReference"));
        asAgent(post("/api/agent/claims/{c}/credentials", claimId).contentType(MediaType.APPLICATION_JSON).content("{\"recipientKey\": \"bm90IGEga2V5\"}"),
                "desk-1", enterprise).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("recipientKey"));
        mvc.perform(get("/api/enterprises/{e}/executions/{t}", enterprise, content.transferId()).with(authorizer(authorizer, enterprise)))
                .andExpect(jsonPath("$.state").value("SENDING"));
    }
}
