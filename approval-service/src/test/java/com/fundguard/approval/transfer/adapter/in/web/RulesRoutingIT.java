package com.fundguard.approval.transfer.adapter.in.web;

import static com.fundguard.test.web.Callers.as;
import static com.fundguard.test.web.Callers.memberOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fundguard.test.infrastructure.WithRealInfrastructure;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Routing by the enterprise's published rules: a real HTTP server answers as rules-service does (its contract),
 * and records the facts it was sent. The real rules-service is exercised in system-tests.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithRealInfrastructure
class RulesRoutingIT {

    static final AtomicReference<String> lastFacts = new AtomicReference<>();
    static final AtomicReference<Integer> status = new AtomicReference<>(200);
    static final AtomicReference<String> answer = new AtomicReference<>();
    static HttpServer rulesService;
    static final UUID KNOWN_VOUCHER = UUID.randomUUID();

    @DynamicPropertySource
    static void rulesService(DynamicPropertyRegistry registry) throws IOException {
        rulesService = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        // voucher-capture-service's answer for one known voucher; any other voucher is unknown.
        rulesService.createContext("/api/enterprises/", exchange -> {
            boolean known = exchange.getRequestURI().getPath().endsWith("/vouchers/" + KNOWN_VOUCHER);
            byte[] body = ("{\"id\": \"" + KNOWN_VOUCHER + "\", \"type\": \"CONTRACT\", \"transfersWithThisEvidence\": [\""
                    + UUID.randomUUID() + "\"]}").getBytes(StandardCharsets.UTF_8);
            if (exchange.getRequestURI().getPath().contains("/vouchers/")) {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(known ? 200 : 404, known ? body.length : -1);
                if (known) {
                    exchange.getResponseBody().write(body);
                }
                exchange.close();
                return;
            }
            lastFacts.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] answerBody = answer.get() == null ? new byte[0] : answer.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status.get(), answerBody.length == 0 ? -1 : answerBody.length);
            if (answerBody.length > 0) {
                exchange.getResponseBody().write(answerBody);
            }
            exchange.close();
        });
        rulesService.createContext("/", exchange -> {
            lastFacts.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = answer.get() == null ? new byte[0] : answer.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status.get(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        rulesService.start();
        registry.add("fundguard.approval.rules-url", () -> "http://127.0.0.1:" + rulesService.getAddress().getPort());
        registry.add("fundguard.approval.voucher-url", () -> "http://127.0.0.1:" + rulesService.getAddress().getPort());
    }

    @AfterAll
    static void stop() {
        rulesService.stop(0);
    }

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;

    final UUID enterprise = UUID.randomUUID();
    final UUID cashier = UUID.randomUUID();
    final UUID ruleSet = UUID.randomUUID();

    ResultActions submit(String amount) throws Exception {
        return submit(amount, "");
    }

    ResultActions submit(String amount, String vouchers) throws Exception {
        String body = """
                {"payerAccount": "CN6222000011110001",
                 "payee": {"name": "Li Na", "accountNumber": "6222021234567890", "bankCode": "ICBKCNBJ", "type": "PERSONAL"},
                 "amount": {"value": "%s", "currency": "CNY"}, "purpose": "Expense refund",
                 "requestedExecutionDate": "%s", "voucherIds": [%s]}
                """.formatted(amount, LocalDate.now().plusDays(1), vouchers);
        return mvc.perform(post("/api/enterprises/{e}/transfers", enterprise).with(as(cashier, enterprise)).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void theRouteComesFromThePublishedRulesAndNamesTheRuleSetVersion() throws Exception {
        status.set(200);
        answer.set("""
                {"ruleSetId": "%s", "ruleSetVersion": 7, "template": "THREE_LEVEL",
                 "steps": [{"name": "AUDIT", "role": "AUDITOR", "quorum": 1}, {"name": "AUTHORIZATION", "role": "AUTHORIZER", "quorum": 2}],
                 "blocked": false, "blocks": [], "riskFlags": ["NEW_PAYEE"], "requiredVoucherTypes": [], "explanation": []}
                """.formatted(ruleSet));

        submit("125000.50").andExpect(status().isCreated())
                .andExpect(jsonPath("$.route.decidedBy").value("rules-service:" + ruleSet + "@v7"))
                .andExpect(jsonPath("$.route.steps[1].quorum").value(2))
                .andExpect(jsonPath("$.route.riskFlags[0]").value("NEW_PAYEE"));

        JsonNode facts = json.readTree(lastFacts.get()).get("facts");
        assertThat(facts.get("amount_minor").asLong()).isEqualTo(12_500_050L);
        assertThat(facts.get("payee_type").asString()).isEqualTo("PERSONAL");
        assertThat(facts.get("payee_is_new").asBoolean()).isTrue();
        assertThat(facts.get("applicant_count_today").asLong()).isZero();
    }

    @Test
    void theApplicantsDayCountsTowardsTheNextRequestsFacts() throws Exception {
        status.set(404);
        answer.set(null);
        submit("100.00").andExpect(status().isCreated());
        submit("250.00").andExpect(status().isCreated());

        submit("1.00").andExpect(status().isCreated());

        JsonNode facts = json.readTree(lastFacts.get()).get("facts");
        assertThat(facts.get("applicant_count_today").asLong()).isEqualTo(2);
        assertThat(facts.get("applicant_amount_today_minor").asLong()).isEqualTo(35_000);
        assertThat(facts.get("payee_is_new").asBoolean()).isFalse();
        assertThat(facts.get("transfers_to_payee_last_24h").asLong()).isEqualTo(2);
    }

    @Test
    void aRequestTheRulesBlockIsRefusedWithTheirMessagesAndNothingIsStored() throws Exception {
        status.set(200);
        answer.set("""
                {"ruleSetId": "%s", "ruleSetVersion": 7, "template": "THREE_LEVEL", "steps": [], "blocked": true,
                 "blocks": ["over the applicant's daily limit of 5 transfers"], "riskFlags": [], "requiredVoucherTypes": [], "explanation": []}
                """.formatted(ruleSet));

        submit("10.00").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.blocks[0]").value("over the applicant's daily limit of 5 transfers"));

        assertThat(jdbc.sql("SELECT count(*) FROM transfer_request WHERE enterprise_id = ?").param(enterprise).query(Long.class).single()).isZero();
    }

    @Test
    void withoutPublishedRulesTheBuiltInRoutingApplies() throws Exception {
        status.set(404);
        answer.set(null);

        submit("125000.50").andExpect(status().isCreated()).andExpect(jsonPath("$.route.decidedBy").value("builtin-default@1"));
    }

    @Test
    void whenTheRulesCannotBeEvaluatedNothingIsSubmitted() throws Exception {
        status.set(500);
        answer.set(null);

        submit("125000.50").andExpect(status().isServiceUnavailable()).andExpect(jsonPath("$.title").value("Rules unavailable"));
        assertThat(jdbc.sql("SELECT count(*) FROM transfer_request WHERE enterprise_id = ?").param(enterprise).query(Long.class).single()).isZero();
    }

    @Test
    void theVouchersTypesAndTheirReuseAreFactsAndAnUnknownVoucherIsRefused() throws Exception {
        status.set(404);
        answer.set(null);

        submit("10.00", "\"" + KNOWN_VOUCHER + "\"").andExpect(status().isCreated());
        JsonNode facts = json.readTree(lastFacts.get()).get("facts");
        assertThat(facts.get("voucher_count").asLong()).isEqualTo(1);
        assertThat(facts.get("voucher_types").get(0).asString()).isEqualTo("CONTRACT");
        assertThat(facts.get("voucher_reuse_suspected").asBoolean()).isTrue();

        submit("10.00", "\"" + UUID.randomUUID() + "\"").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("voucherIds"));
    }

    @Test
    void aVoucherTypeTheRulesRequireMustBeAttached() throws Exception {
        status.set(200);
        answer.set("""
                {"ruleSetId": "%s", "ruleSetVersion": 3, "template": "THREE_LEVEL",
                 "steps": [{"name": "AUDIT", "role": "AUDITOR", "quorum": 1}], "blocked": false, "blocks": [], "riskFlags": [],
                 "requiredVoucherTypes": ["CONTRACT", "INVOICE"], "explanation": []}
                """.formatted(ruleSet));

        submit("10.00", "\"" + KNOWN_VOUCHER + "\"").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.blocks[0]").value("a voucher of type INVOICE is required"));
    }
}
