package com.fundguard.approval.transfer.adapter.in.web;

import static com.fundguard.test.web.Callers.as;
import static com.fundguard.test.web.Callers.memberOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fundguard.test.infrastructure.WithRealInfrastructure;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest(properties = "fundguard.approval.routing.source=built-in")
@AutoConfigureMockMvc
@WithRealInfrastructure
class TransferApiIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    final UUID enterprise = UUID.randomUUID();
    final UUID applicant = UUID.randomUUID();
    final UUID voucher = UUID.randomUUID();

    String body(String amount) {
        return """
                {"payerAccount": "6222000011112222",
                 "payee": {"name": "Shanghai Steel Co.", "accountNumber": "31001234567890", "bankCode": "CCBCCNBJ", "type": "CORPORATE"},
                 "amount": {"value": %s, "currency": "CNY"}, "purpose": "Invoice 2026-0042",
                 "requestedExecutionDate": "%s", "voucherIds": ["%s"]}
                """.formatted(amount, LocalDate.now().plusDays(1), voucher);
    }

    ResultActions submit(UUID enterpriseId, String key, String json) throws Exception {
        return mvc.perform(post("/api/enterprises/{e}/transfers", enterpriseId).with(as(applicant, enterpriseId))
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void submittingStoresTheRequestAndItsEventInOneTransaction() throws Exception {
        String id = submit(enterprise, "key-1", body("\"125000.50\""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("PENDING_AUDIT"))
                .andExpect(jsonPath("$.amount.value").value("125000.50"))
                .andExpect(jsonPath("$.reference").value(org.hamcrest.Matchers.matchesPattern("TR-\\d{8}-\\d{6}")))
                .andReturn().getResponse().getHeader("Location").replaceAll(".*/", "");

        String envelope = jdbc.sql("SELECT envelope FROM event_outbox WHERE message_key = ?").param(id)
                .query(String.class).single();
        assertThat(envelope).contains("\"type\":\"com.fundguard.transfer.submitted.v1\"")
                .contains("\"enterpriseid\":\"" + enterprise + "\"")
                .contains("**********7890")
                .doesNotContain("31001234567890");
    }

    @Test
    void theSameKeyAndBodyAgainReturnsTheFirstRequestAndCreatesNothing() throws Exception {
        String first = submit(enterprise, "key-2", body("99.95")).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();

        String second = submit(enterprise, "key-2", body("99.95")).andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andReturn().getResponse().getContentAsString();

        assertThat(second).isEqualTo(first);
        assertThat(jdbc.sql("SELECT count(*) FROM transfer_request WHERE enterprise_id = ?").param(enterprise)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedWith422() throws Exception {
        submit(enterprise, "key-3", body("100.00")).andExpect(status().isCreated());

        submit(enterprise, "key-3", body("100000.00"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.title").value("Idempotency-Key reused"));
    }

    @Test
    void aFloatingPointLookalikeWithTooManyDecimalsIsRefusedNamingTheAmount() throws Exception {
        submit(enterprise, "key-4", body("0.1000001"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.errors[0].field").value("amount"));
        assertThat(jdbc.sql("SELECT count(*) FROM transfer_request WHERE enterprise_id = ?").param(enterprise)
                .query(Long.class).single()).isZero();
    }

    @Test
    void missingAndUnknownFieldsAreNamedInTheProblem() throws Exception {
        submit(enterprise, "key-5", body("10.00").replace("\"purpose\": \"Invoice 2026-0042\",", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("purpose")));
        submit(enterprise, "key-6", body("10.00").replace("\"purpose\"", "\"approvedBy\": \"me\", \"purpose\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("approvedBy"));
    }

    @Test
    void aRequestWithoutIdempotencyKeyIsRefused() throws Exception {
        mvc.perform(post("/api/enterprises/{e}/transfers", enterprise).with(as(applicant, enterprise))
                        .contentType(MediaType.APPLICATION_JSON).content(body("10.00")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anotherEnterpriseCannotReadTheRequest() throws Exception {
        String location = submit(enterprise, "key-7", body("10.00")).andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");
        String transferId = location.replaceAll(".*/", "");

        mvc.perform(get(location).with(memberOf(enterprise))).andExpect(status().isOk());
        UUID other = UUID.randomUUID();
        // Someone of another enterprise asking under their own enterprise finds nothing; under ours they are refused.
        mvc.perform(get("/api/enterprises/{e}/transfers/{t}", other, transferId).with(memberOf(other)))
                .andExpect(status().isNotFound());
        mvc.perform(get(location).with(memberOf(other))).andExpect(status().isForbidden());
        mvc.perform(get(location)).andExpect(status().isUnauthorized());
    }

    @Test
    void exposesHealthMetricsAndItsOpenApiDescriptionAndNothingElseOfTheActuator() throws Exception {
        com.fundguard.test.web.ServiceConventions.exposesHealthMetricsAndOpenApi(mvc, "/api/enterprises/{enterpriseId}/transfers");
        mvc.perform(get("/v3/api-docs")).andExpect(jsonPath("$.components.schemas.AmountBody.properties.value.example").value("125000.50"))
                .andExpect(jsonPath("$.components.schemas.DecisionBody.properties.contentHash.description").exists());
    }
}
