package com.fundguard.approval.transfer.adapter.in.web;

import static com.fundguard.test.web.Callers.as;
import static com.fundguard.test.web.Callers.memberOf;
import static com.fundguard.approval.RolesForTests.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fundguard.approval.RolesForTests;
import com.fundguard.approval.transfer.domain.ApproverRole;
import com.fundguard.test.infrastructure.WithRealInfrastructure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
class TransferListIT {

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;

    final UUID enterprise = UUID.randomUUID();
    final UUID alice = UUID.randomUUID();
    final UUID bob = UUID.randomUUID();
    final UUID owner = person(ApproverRole.AUTHORIZER);

    void submit(UUID applicant, String payee, String amount) throws Exception {
        mvc.perform(post("/api/enterprises/{e}/transfers", enterprise).with(as(applicant, enterprise)).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"payerAccount": "CN6222000011110001",
                         "payee": {"name": "%s", "accountNumber": "31001234567890", "bankCode": "CCBCCNBJ", "type": "CORPORATE"},
                         "amount": {"value": "%s", "currency": "CNY"}, "purpose": "Invoice, \\"urgent\\"", "requestedExecutionDate": "%s"}
                        """.formatted(payee, amount, LocalDate.now().plusDays(1)))).andExpect(status().isCreated());
    }

    @Test
    void applicantsSeeTheirOwnRequestsAndApproversTheEnterprisesFilteredAndPagedWithoutGapsOrRepeats() throws Exception {
        for (int i = 0; i < 5; i++) {
            submit(alice, "Shanghai Steel Co.", (1000 + i) + ".00");
        }
        submit(bob, "Ningbo Port Logistics", "77.00");

        mvc.perform(get("/api/enterprises/{e}/transfers", enterprise).with(as(bob, enterprise)))
                .andExpect(jsonPath("$.items.length()").value(1));
        mvc.perform(get("/api/enterprises/{e}/transfers", enterprise).with(as(owner, enterprise)).param("payee", "ningbo"))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].amount.value").value("77.00"));
        mvc.perform(get("/api/enterprises/{e}/transfers", enterprise).with(as(owner, enterprise))
                        .param("minAmount", "1002").param("maxAmount", "1003.00"))
                .andExpect(jsonPath("$.items.length()").value(2));

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = get("/api/enterprises/{e}/transfers", enterprise).with(as(owner, enterprise)).param("limit", "4");
            if (cursor != null) {
                request.param("cursor", cursor);
            }
            JsonNode page = json.readTree(mvc.perform(request).andReturn().getResponse().getContentAsString());
            page.get("items").forEach(item -> seen.add(item.get("id").asString()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
        } while (cursor != null);
        assertThat(seen).hasSize(6).doesNotHaveDuplicates();
    }

    @Test
    void anotherEnterpriseListsNothingAndABadCursorIsRefused() throws Exception {
        submit(alice, "Shanghai Steel Co.", "10.00");

        UUID other = UUID.randomUUID();
        mvc.perform(get("/api/enterprises/{e}/transfers", other).with(as(owner, other)))
                .andExpect(jsonPath("$.items.length()").value(0));
        mvc.perform(get("/api/enterprises/{e}/transfers", enterprise).with(as(owner, other))).andExpect(status().isForbidden());
        mvc.perform(get("/api/enterprises/{e}/transfers", enterprise).with(as(owner, enterprise)).param("cursor", "not-a-cursor"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("cursor"));
    }

    @Test
    void theCsvExportQuotesWhatNeedsQuotingAndMasksPayeeAccounts() throws Exception {
        submit(alice, "Steel, Iron & Co.", "125000.50");

        String csv = mvc.perform(get("/api/enterprises/{e}/transfers", enterprise).with(as(alice, enterprise)).accept("text/csv"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv).startsWith("reference,state,submittedAt,applicantId,payerAccount,payeeName,payeeAccount,amount,currency,purpose")
                .contains("\"Steel, Iron & Co.\"", "**********7890", "125000.50", "\"Invoice, \"\"urgent\"\"\"")
                .doesNotContain("31001234567890");
    }
}
