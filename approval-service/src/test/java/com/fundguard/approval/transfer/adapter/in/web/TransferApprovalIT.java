package com.fundguard.approval.transfer.adapter.in.web;

import static com.fundguard.test.web.Callers.as;
import static com.fundguard.test.web.Callers.memberOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static com.fundguard.approval.RolesForTests.ROLES;
import static com.fundguard.approval.RolesForTests.person;

import com.fundguard.approval.RolesForTests;
import com.fundguard.approval.transfer.domain.ApproverRole;
import com.fundguard.events.EventTopics;
import com.fundguard.test.infrastructure.WithRealInfrastructure;
import com.fundguard.test.kafka.TopicReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The patent's routing and the segregation of duties, through the API, on real PostgreSQL and Kafka. identity-service
 * is stood in for by a directory the test controls, so it can revoke a role between two decisions.
 */
@SpringBootTest(properties = {
        "fundguard.approval.routing.source=built-in",
        "fundguard.approval.routing.no-authorization-limit=5000.00",
        "fundguard.approval.routing.account-levels.CN6222000000000002=TWO_LEVEL"})
@AutoConfigureMockMvc
@WithRealInfrastructure
@org.springframework.context.annotation.Import(RolesForTests.class)
class TransferApprovalIT {

    static final String THREE_LEVEL_ACCOUNT = "CN6222000000000003";
    static final String TWO_LEVEL_ACCOUNT = "CN6222000000000002";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired EventTopics topics;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;

    final UUID enterprise = UUID.randomUUID();
    final UUID cashier = UUID.randomUUID();
    final UUID supervisor = person(ApproverRole.AUDITOR);
    final UUID owner = person(ApproverRole.AUTHORIZER);

    JsonNode submit(String payerAccount, String payeeType, String amount) throws Exception {
        String body = """
                {"payerAccount": "%s",
                 "payee": {"name": "Shanghai Steel Co.", "accountNumber": "31001234567890", "bankCode": "CCBCCNBJ", "type": "%s"},
                 "amount": {"value": "%s", "currency": "CNY"}, "purpose": "Invoice 2026-0042",
                 "requestedExecutionDate": "%s"}
                """.formatted(payerAccount, payeeType, amount, LocalDate.now().plusDays(1));
        String response = mvc.perform(post("/api/enterprises/{e}/transfers", enterprise).with(as(cashier, enterprise)).header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(response);
    }

    ResultActions decide(String act, JsonNode transfer, UUID decider, String opinion) throws Exception {
        return decide(act, enterprise, transfer.get("id").asString(), decider, transfer.get("contentHash").asString(), opinion);
    }

    ResultActions decide(String act, UUID enterpriseId, String transferId, UUID decider, String contentHash, String opinion) throws Exception {
        return decide(act, enterpriseId, transferId, decider, contentHash, opinion, UUID.randomUUID().toString());
    }

    ResultActions decide(String act, UUID enterpriseId, String transferId, UUID decider, String contentHash, String opinion,
                         String idempotencyKey) throws Exception {
        return mvc.perform(post("/api/enterprises/{e}/transfers/{t}/" + act, enterpriseId, transferId).with(as(decider, enterpriseId))
                .header("Idempotency-Key", idempotencyKey)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.createObjectNode().put("contentHash", contentHash)
                        .put("opinion", opinion).put("client", "owner-mobile-app").toString()));
    }

    @Test
    void aCorporateTransferOnAThreeLevelAccountIsAuditedThenAuthorizedAndTheEventsArriveInOrder() throws Exception {
        JsonNode transfer = submit(THREE_LEVEL_ACCOUNT, "CORPORATE", "125000.50");
        assertThat(transfer.get("state").asString()).isEqualTo("PENDING_AUDIT");
        assertThat(transfer.get("route").get("decidedBy").asString()).isEqualTo("builtin-default@1");

        decide("approve", transfer, supervisor, "invoice and contract match").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("PENDING_AUTHORIZATION"));
        decide("approve", transfer, owner, "ok").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("AUTHORIZED"))
                .andExpect(jsonPath("$.decisions.length()").value(2))
                .andExpect(jsonPath("$.decisions[0].opinion").value("invoice and contract match"))
                .andExpect(jsonPath("$.decisions[1].client").value("owner-mobile-app"));

        String id = transfer.get("id").asString();
        try (TopicReader reader = new TopicReader(bootstrapServers, topics.of("transfer"))) {
            List<ConsumerRecord<String, String>> records = reader.awaitRecords(all -> all.stream().filter(r -> id.equals(r.key())).count() >= 3);
            List<String> types = records.stream().filter(r -> id.equals(r.key())).map(r -> json.readTree(r.value()).get("type").asString()).toList();
            assertThat(types).containsExactly("com.fundguard.transfer.submitted.v1", "com.fundguard.transfer.audited.v1",
                    "com.fundguard.transfer.authorized.v1");
            JsonNode submitted = json.readTree(records.stream().filter(r -> id.equals(r.key())).findFirst().orElseThrow().value());
            assertThat(submitted.get("data").get("route").get("decidedBy").asString()).isEqualTo("builtin-default@1");
            JsonNode order = json.readTree(records.stream().filter(r -> id.equals(r.key())).toList().get(2).value()).get("data").get("order");
            assertThat(order.get("amount").asString()).isEqualTo("125000.50");
            assertThat(order.get("payerAccount").asString()).isEqualTo(THREE_LEVEL_ACCOUNT);
            assertThat(order.get("payeeAccount").asString()).doesNotContain("*");
            assertThat(order.get("contentHash").asString()).isEqualTo(transfer.get("contentHash").asString());
            JsonNode audited = json.readTree(records.stream().filter(r -> id.equals(r.key())).toList().get(1).value()).get("data");
            assertThat(audited.get("approvedBy").valueStream().map(JsonNode::asString)).as("who audited it")
                    .containsExactly(supervisor.toString());
            JsonNode authorized = json.readTree(records.stream().filter(r -> id.equals(r.key())).toList().get(2).value()).get("data");
            assertThat(authorized.get("approvedBy").valueStream().map(JsonNode::asString)).as("everyone who approved it, in order")
                    .containsExactly(supervisor.toString(), owner.toString());
        }
    }

    @Test
    void withinTheNoAuthorizationLimitTheAuditAuthorizes() throws Exception {
        JsonNode transfer = submit(THREE_LEVEL_ACCOUNT, "CORPORATE", "4999.99");

        decide("approve", transfer, supervisor, "small").andExpect(jsonPath("$.state").value("AUTHORIZED"));
    }

    @Test
    void aPersonalCardTransferOnATwoLevelAccountSkipsAudit() throws Exception {
        JsonNode transfer = submit(TWO_LEVEL_ACCOUNT, "PERSONAL", "8000.00");

        assertThat(transfer.get("state").asString()).isEqualTo("PENDING_AUTHORIZATION");
        decide("approve", transfer, supervisor, "I audit").andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("LACKS_ROLE"));
        decide("approve", transfer, owner, "ok").andExpect(jsonPath("$.state").value("AUTHORIZED"));
    }

    @Test
    void aRejectionAtAnyStepEndsTheRequestWithTheReason() throws Exception {
        JsonNode transfer = submit(THREE_LEVEL_ACCOUNT, "CORPORATE", "125000.50");
        decide("approve", transfer, supervisor, "ok").andExpect(status().isOk());

        decide("reject", transfer, owner, "payee not on the supplier list").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("REJECTED"))
                .andExpect(jsonPath("$.decisions[1].opinion").value("payee not on the supplier list"));
        decide("approve", transfer, person(ApproverRole.AUTHORIZER), "late").andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("NOT_ALLOWED_IN_STATE"));
    }

    @Test
    void theApplicantCannotAuditTheirOwnRequestEvenHoldingTheRole() throws Exception {
        ROLES.put(cashier, Set.of(ApproverRole.AUDITOR, ApproverRole.AUTHORIZER));
        JsonNode transfer = submit(THREE_LEVEL_ACCOUNT, "CORPORATE", "125000.50");

        decide("approve", transfer, cashier, "mine").andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("APPLICANT_CANNOT_DECIDE"));
    }

    @Test
    void aRoleRevokedAfterLoginStopsTheNextDecision() throws Exception {
        UUID formerOwner = person(ApproverRole.AUTHORIZER);
        JsonNode transfer = submit(THREE_LEVEL_ACCOUNT, "CORPORATE", "125000.50");
        decide("approve", transfer, supervisor, "ok").andExpect(status().isOk());

        ROLES.put(formerOwner, Set.of());

        decide("approve", transfer, formerOwner, "ok").andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("LACKS_ROLE"));
    }

    @Test
    void aDecisionOnContentTheDeciderDidNotSeeIsRefused() throws Exception {
        JsonNode transfer = submit(THREE_LEVEL_ACCOUNT, "CORPORATE", "125000.50");

        decide("approve", enterprise, transfer.get("id").asString(), supervisor, "0".repeat(64), "ok")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.reason").value("CONTENT_CHANGED"));
    }

    @Test
    void anotherEnterpriseCannotDecide() throws Exception {
        JsonNode transfer = submit(THREE_LEVEL_ACCOUNT, "CORPORATE", "125000.50");

        decide("approve", UUID.randomUUID(), transfer.get("id").asString(), supervisor, transfer.get("contentHash").asString(), "ok")
                .andExpect(status().isNotFound());
    }

    @Test
    void theApplicantCancelsBeforeAnyDecisionButNotAfter() throws Exception {
        JsonNode open = submit(THREE_LEVEL_ACCOUNT, "CORPORATE", "125000.50");
        JsonNode audited = submit(THREE_LEVEL_ACCOUNT, "CORPORATE", "125000.50");
        decide("approve", audited, supervisor, "ok").andExpect(status().isOk());

        mvc.perform(post("/api/enterprises/{e}/transfers/{t}/cancel", enterprise, open.get("id").asString()).with(as(cashier, enterprise))
                        .header("Idempotency-Key", UUID.randomUUID().toString()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("CANCELLED"));
        mvc.perform(post("/api/enterprises/{e}/transfers/{t}/cancel", enterprise, audited.get("id").asString()).with(as(cashier, enterprise))
                        .header("Idempotency-Key", UUID.randomUUID().toString()))
                .andExpect(status().isConflict());
    }

    @Test
    void twoApproversAtTheSameInstantCauseExactlyOneTransition() throws Exception {
        for (int round = 0; round < 5; round++) {
            JsonNode transfer = submit(THREE_LEVEL_ACCOUNT, "CORPORATE", "125000.50");
            List<UUID> supervisors = List.of(person(ApproverRole.AUDITOR), person(ApproverRole.AUDITOR));
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<Integer>> racers = new ArrayList<>();
            for (UUID racer : supervisors) {
                racers.add(() -> {
                    start.await();
                    return decide("approve", transfer, racer, "race").andReturn().getResponse().getStatus();
                });
            }
            List<Integer> statuses = new ArrayList<>();
            try (var threads = Executors.newFixedThreadPool(2)) {
                List<Future<Integer>> futures = racers.stream().map(threads::submit).toList();
                start.countDown();
                for (Future<Integer> f : futures) {
                    statuses.add(f.get());
                }
            }
            String id = transfer.get("id").asString();
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            assertThat(jdbc.sql("SELECT count(*) FROM transfer_decision WHERE transfer_id = ?::uuid").param(id).query(Long.class).single())
                    .isEqualTo(1);
            mvc.perform(get("/api/enterprises/{e}/transfers/{t}", enterprise, id).with(memberOf(enterprise))).andExpect(jsonPath("$.state").value("PENDING_AUTHORIZATION"));
        }
    }

    @Test
    void aDecisionRetriedWithItsKeyIsAnsweredAgainAndTakenOnce() throws Exception {
        JsonNode transfer = submit(THREE_LEVEL_ACCOUNT, "CORPORATE", "125000.50");
        String id = transfer.get("id").asString();
        String hash = transfer.get("contentHash").asString();

        String first = decide("approve", enterprise, id, supervisor, hash, "ok", "decision-1").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String again = decide("approve", enterprise, id, supervisor, hash, "ok", "decision-1").andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("Idempotent-Replayed", "true"))
                .andReturn().getResponse().getContentAsString();

        assertThat(again).isEqualTo(first);
        assertThat(jdbc.sql("SELECT count(*) FROM transfer_decision WHERE transfer_id = ?::uuid").param(id).query(Long.class).single()).isEqualTo(1);
        decide("approve", enterprise, id, supervisor, hash, "changed my opinion", "decision-1").andExpect(status().isUnprocessableContent());
    }

    @Test
    void aDecisionWhoseKeyIsStillInFlightGets409() throws Exception {
        JsonNode transfer = submit(THREE_LEVEL_ACCOUNT, "CORPORATE", "125000.50");
        String id = transfer.get("id").asString();
        String hash = transfer.get("contentHash").asString();
        // The first request with this key is still running (its answer not yet recorded).
        jdbc.sql("INSERT INTO idempotent_request (enterprise_id, idempotency_key, fingerprint, started_at) VALUES (?, 'slow-1', ?, now())")
                .params(enterprise, java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(
                        ("approve " + id + " by " + supervisor + " DecisionBody[contentHash=" + hash + ", opinion=ok, client=owner-mobile-app, confirmationProof=none]")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .update();

        decide("approve", enterprise, id, supervisor, hash, "ok", "slow-1").andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Request in flight"));
        assertThat(jdbc.sql("SELECT count(*) FROM transfer_decision WHERE transfer_id = ?::uuid").param(id).query(Long.class).single()).isZero();
    }

    @Test
    void aDecisionWithoutIdempotencyKeyIsRefused() throws Exception {
        JsonNode transfer = submit(THREE_LEVEL_ACCOUNT, "CORPORATE", "125000.50");

        mvc.perform(post("/api/enterprises/{e}/transfers/{t}/approve", enterprise, transfer.get("id").asString()).with(as(supervisor, enterprise))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.createObjectNode().put("contentHash", transfer.get("contentHash").asString())
                                .put("opinion", "ok").put("client", "web").toString()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aRejectedRequestIsResubmittedAsANewOneLinkingTheOldButAnOpenOneIsNot() throws Exception {
        JsonNode rejected = submit(THREE_LEVEL_ACCOUNT, "CORPORATE", "125000.50");
        decide("reject", rejected, supervisor, "attach the contract").andExpect(status().isOk());
        JsonNode open = submit(THREE_LEVEL_ACCOUNT, "CORPORATE", "125000.50");

        mvc.perform(post("/api/enterprises/{e}/transfers", enterprise).with(as(cashier, enterprise)).header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON).content(resubmission(rejected.get("id").asString())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.resubmissionOf").value(rejected.get("id").asString()))
                .andExpect(jsonPath("$.state").value("PENDING_AUDIT"));
        mvc.perform(post("/api/enterprises/{e}/transfers", enterprise).with(as(cashier, enterprise)).header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON).content(resubmission(open.get("id").asString())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("resubmissionOf"));
    }

    String resubmission(String earlierId) {
        return """
                {"payerAccount": "%s",
                 "payee": {"name": "Shanghai Steel Co.", "accountNumber": "31001234567890", "bankCode": "CCBCCNBJ", "type": "CORPORATE"},
                 "amount": {"value": "125000.50", "currency": "CNY"}, "purpose": "Invoice 2026-0042 with contract",
                 "requestedExecutionDate": "%s", "resubmissionOf": "%s"}
                """.formatted(THREE_LEVEL_ACCOUNT, LocalDate.now().plusDays(1), earlierId);
    }
}
