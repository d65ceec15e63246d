package com.fundguard.approval.limits.adapter.in.web;

import static com.fundguard.test.web.Callers.as;
import static com.fundguard.test.web.Callers.memberOf;
import static com.fundguard.approval.RolesForTests.person;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fundguard.approval.RolesForTests;
import com.fundguard.approval.transfer.domain.ApproverRole;
import com.fundguard.test.infrastructure.WithRealInfrastructure;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest(properties = "fundguard.approval.routing.source=built-in")
@AutoConfigureMockMvc
@WithRealInfrastructure
@Import(RolesForTests.class)
class ApplicantLimitIT {

    @Autowired MockMvc mvc;

    final UUID enterprise = UUID.randomUUID();
    final UUID cashier = UUID.randomUUID();
    final UUID supervisor = person(ApproverRole.AUDITOR);

    ResultActions setLimit(UUID setBy, String whenExceeded) throws Exception {
        return mvc.perform(put("/api/enterprises/{e}/applicant-limits/{a}", enterprise, cashier).with(as(setBy, enterprise))
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"currency": "CNY", "maxCountPerDay": 2, "maxAmountPerDay": "100000.00",
                         "maxAmountPerTransfer": "60000.00", "whenExceeded": "%s"}""".formatted(whenExceeded)));
    }

    ResultActions submit(String amount) throws Exception {
        return mvc.perform(post("/api/enterprises/{e}/transfers", enterprise).with(as(cashier, enterprise))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"payerAccount": "CN6222000011110001",
                         "payee": {"name": "Shanghai Steel Co.", "accountNumber": "31001234567890", "bankCode": "CCBCCNBJ", "type": "CORPORATE"},
                         "amount": {"value": "%s", "currency": "CNY"}, "purpose": "Invoice", "requestedExecutionDate": "%s"}
                        """.formatted(amount, LocalDate.now().plusDays(1))));
    }

    @Test
    void overTheDailyCountTheSubmissionIsBlockedWithAClearProblem() throws Exception {
        setLimit(supervisor, "BLOCK").andExpect(status().isOk());
        submit("10.00").andExpect(status().isCreated());
        submit("10.00").andExpect(status().isCreated());

        submit("10.00").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.blocks[0]").value("more than 2 transfers today for this applicant"));
    }

    @Test
    void overTheSingleTransferLimitTheSubmissionIsBlocked() throws Exception {
        setLimit(supervisor, "BLOCK").andExpect(status().isOk());

        submit("60000.01").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.blocks[0]").value("more than 60000.00 CNY in one transfer for this applicant"));
    }

    @Test
    void whenTheLimitSaysSoTheRequestGoesOnWithAnExtraAuthorization() throws Exception {
        setLimit(supervisor, "EXTRA_AUTHORIZATION").andExpect(status().isOk());

        submit("70000.00").andExpect(status().isCreated())
                .andExpect(jsonPath("$.route.steps[-1:].name").value(org.hamcrest.Matchers.contains("LIMIT_OVERRIDE")))
                .andExpect(jsonPath("$.route.riskFlags").value(org.hamcrest.Matchers.hasItem("APPLICANT_LIMIT_EXCEEDED")));
    }

    @Test
    void onlyAnAuditorSetsLimitsAndNeverTheirOwn() throws Exception {
        setLimit(person(ApproverRole.AUTHORIZER), "BLOCK").andExpect(status().isForbidden());
        mvc.perform(put("/api/enterprises/{e}/applicant-limits/{a}", enterprise, supervisor).with(as(supervisor, enterprise))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"currency": "CNY", "maxCountPerDay": 100, "whenExceeded": "BLOCK"}"""))
                .andExpect(status().isBadRequest());
    }
}
