package com.fundguard.approval.statistics;

import static com.fundguard.test.web.Callers.as;
import static com.fundguard.test.web.Callers.memberOf;
import static com.fundguard.approval.RolesForTests.person;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fundguard.approval.RolesForTests;
import com.fundguard.approval.transfer.domain.ApproverRole;
import com.fundguard.test.infrastructure.WithRealInfrastructure;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(properties = "fundguard.approval.routing.source=built-in")
@AutoConfigureMockMvc
@WithRealInfrastructure
@Import(RolesForTests.class)
class StatisticsIT {

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;

    final UUID enterprise = UUID.randomUUID();
    final UUID supervisor = person(ApproverRole.AUDITOR);
    final UUID owner = person(ApproverRole.AUTHORIZER);

    JsonNode submit(String payee, String amount) throws Exception {
        return json.readTree(mvc.perform(post("/api/enterprises/{e}/transfers", enterprise).with(as(UUID.randomUUID(), enterprise)).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"payerAccount": "CN6222000011110001",
                         "payee": {"name": "%s", "accountNumber": "31001234567890", "bankCode": "CCBCCNBJ", "type": "CORPORATE"},
                         "amount": {"value": "%s", "currency": "CNY"}, "purpose": "Invoice", "requestedExecutionDate": "%s"}
                        """.formatted(payee, amount, LocalDate.now().plusDays(1))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    void decide(String act, JsonNode transfer, UUID decider) throws Exception {
        mvc.perform(post("/api/enterprises/{e}/transfers/{t}/" + act, enterprise, transfer.get("id").asString()).with(as(decider, enterprise))
                .header("Idempotency-Key", UUID.randomUUID().toString()).contentType(MediaType.APPLICATION_JSON)
                .content(json.createObjectNode().put("contentHash", transfer.get("contentHash").asString())
                        .put("opinion", "because").put("client", "web").toString())).andExpect(status().isOk());
    }

    @Test
    void theOwnerSeesTotalsByPayeeLeadTimesPerStepAndTheRejectionRate() throws Exception {
        JsonNode authorized = submit("Shanghai Steel Co.", "125000.50");
        decide("approve", authorized, supervisor);
        decide("approve", authorized, owner);
        JsonNode rejected = submit("Shanghai Steel Co.", "10.00");
        decide("reject", rejected, supervisor);
        submit("Ningbo Port Logistics", "99.50");
        Instant from = Instant.now().minus(1, ChronoUnit.HOURS);
        Instant to = Instant.now().plus(1, ChronoUnit.HOURS);

        mvc.perform(get("/api/enterprises/{e}/transfer-statistics", enterprise).with(as(owner, enterprise))
                        .param("from", from.toString()).param("to", to.toString()).param("by", "PAYEE"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totals.length()").value(2))
                .andExpect(jsonPath("$.totals[1].group").value("Shanghai Steel Co. (**********7890)"))
                .andExpect(jsonPath("$.totals[1].count").value(2))
                .andExpect(jsonPath("$.totals[1].amount").value(125010.50))
                .andExpect(jsonPath("$.leadTimes[?(@.step == 'AUDIT')].completed").value(1))
                .andExpect(jsonPath("$.leadTimes[?(@.step == 'AUTHORIZATION')].completed").value(1))
                .andExpect(jsonPath("$.decided").value(2))
                .andExpect(jsonPath("$.rejected").value(1))
                .andExpect(jsonPath("$.rejectionRate").value(0.5));
        mvc.perform(get("/api/enterprises/{e}/transfer-statistics", enterprise).with(as(owner, enterprise))
                        .param("from", from.toString()).param("to", to.toString()).param("by", "MONTH"))
                .andExpect(jsonPath("$.totals.length()").value(1))
                .andExpect(jsonPath("$.totals[0].count").value(3));
    }

    @Test
    void onlyTheOwnerSeesTheFigures() throws Exception {
        mvc.perform(get("/api/enterprises/{e}/transfer-statistics", enterprise).with(as(supervisor, enterprise))
                        .param("from", "2026-01-01T00:00:00Z").param("to", "2027-01-01T00:00:00Z"))
                .andExpect(status().isForbidden());
    }
}
