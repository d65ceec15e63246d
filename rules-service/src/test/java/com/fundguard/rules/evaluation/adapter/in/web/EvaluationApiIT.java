package com.fundguard.rules.evaluation.adapter.in.web;

import static com.fundguard.test.web.Callers.as;
import static com.fundguard.test.web.Callers.memberOf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fundguard.test.infrastructure.WithRealInfrastructure;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@SpringBootTest
@AutoConfigureMockMvc
@WithRealInfrastructure
@org.springframework.context.annotation.Import(com.fundguard.rules.AuthorizersForTests.class)
class EvaluationApiIT {

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;

    final UUID enterprise = UUID.randomUUID();

    static final String FACTS = """
            {"amount_minor": 12500050, "currency": "CNY", "payee_type": "PERSONAL", "payee_is_new": true,
             "payer_account": "CN6222000011110001", "account_level": "TWO_LEVEL", "applicant_count_today": 3,
             "applicant_amount_today_minor": 20000000, "business_day": true, "hour": 10, "amount_vs_payee_average": 0.0,
             "transfers_to_payee_last_24h": 0, "voucher_count": 1, "voucher_types": ["INVOICE"],
             "voucher_reuse_suspected": false}""";

    ResultActions draft(String definition) throws Exception {
        return mvc.perform(post("/api/enterprises/{e}/rule-sets", enterprise).with(as(UUID.randomUUID(), enterprise)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"definition\": " + definition + "}"));
    }

    String publishedPatentDefault() throws Exception {
        String definition = mvc.perform(get("/api/rules/patent-default").with(memberOf(enterprise)).param("noAuthorizationLimitMinor", "500000"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String location = draft(definition).andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        mvc.perform(post("/api/enterprises/{e}/rule-sets/{r}/publish", enterprise, id).with(as(com.fundguard.rules.AuthorizersForTests.authorizer(), enterprise))).andExpect(status().isOk());
        return id;
    }

    @Test
    void thePublishedRulesDecideTheRouteAndExplainEveryRuleThatFired() throws Exception {
        String ruleSetId = publishedPatentDefault();

        mvc.perform(post("/api/enterprises/{e}/rule-sets/published/evaluate", enterprise).with(memberOf(enterprise)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"facts\": " + FACTS + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ruleSetId").value(ruleSetId))
                .andExpect(jsonPath("$.ruleSetVersion").value(1))
                .andExpect(jsonPath("$.template").value("TWO_LEVEL"))
                .andExpect(jsonPath("$.steps.length()").value(1))
                .andExpect(jsonPath("$.steps[0].role").value("AUTHORIZER"))
                .andExpect(jsonPath("$.riskFlags[0]").value("PAYEE_IS_A_PERSON"))
                .andExpect(jsonPath("$.explanation.length()").value(2))
                .andExpect(jsonPath("$.explanation[0].condition").value("account_level == 'TWO_LEVEL'"));
    }

    @Test
    void aDraftWhoseConditionDoesNotTypeCheckIsRefusedNamingTheRuleAndPosition() throws Exception {
        draft("""
                {"defaultTemplate": "THREE_LEVEL", "rules": [
                  {"name": "ok", "when": "amount_minor > 0", "then": [{"addRiskFlag": "A"}]},
                  {"name": "wrong", "when": "hour == 'noon'", "then": [{"addRiskFlag": "B"}]}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("definition.rules[1].when"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("line 1, column")));
        mvc.perform(get("/api/enterprises/{e}/rule-sets", enterprise).with(memberOf(enterprise))).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void aMalformedOutcomeIsRefusedNamingItsPlace() throws Exception {
        draft("""
                {"defaultTemplate": "THREE_LEVEL", "rules": [
                  {"name": "x", "when": "true", "then": [{"sendMoneyTo": "me"}]}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("definition.rules[0].then[0]"));
    }

    @Test
    void aMissingOrMistypedFactIsNamed() throws Exception {
        publishedPatentDefault();
        ObjectNode facts = (ObjectNode) json.readTree(FACTS);
        facts.remove("hour");

        mvc.perform(post("/api/enterprises/{e}/rule-sets/published/evaluate", enterprise).with(memberOf(enterprise)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"facts\": " + facts + "}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("facts.hour"));
        facts.put("hour", "ten");
        mvc.perform(post("/api/enterprises/{e}/rule-sets/published/evaluate", enterprise).with(memberOf(enterprise)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"facts\": " + facts + "}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("facts.hour"));
    }

    @Test
    void anEnterpriseWithoutPublishedRulesGetsNotFoundAndTheDictionaryIsPublished() throws Exception {
        UUID withoutRules = UUID.randomUUID();
        mvc.perform(post("/api/enterprises/{e}/rule-sets/published/evaluate", withoutRules).with(memberOf(withoutRules))
                .contentType(MediaType.APPLICATION_JSON).content("{\"facts\": " + FACTS + "}")).andExpect(status().isNotFound());
        // approval-service evaluates for any enterprise with its service token; someone of another enterprise cannot.
        mvc.perform(post("/api/enterprises/{e}/rule-sets/published/evaluate", withoutRules)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt()
                        .jwt(t -> t.subject("approval-service").claim("scope", java.util.List.of("rules.evaluate"))))
                .contentType(MediaType.APPLICATION_JSON).content("{\"facts\": " + FACTS + "}")).andExpect(status().isNotFound());
        mvc.perform(post("/api/enterprises/{e}/rule-sets/published/evaluate", withoutRules).with(memberOf(enterprise))
                .contentType(MediaType.APPLICATION_JSON).content("{\"facts\": " + FACTS + "}")).andExpect(status().isForbidden());
        mvc.perform(get("/api/rules/data-dictionary").with(memberOf(enterprise))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.name == 'amount_minor')].type").value("INT"));
    }

    @Test
    void aDraftIsSimulatedAgainstTheLastRequestsAndEveryChangedRouteIsReported() throws Exception {
        publishedPatentDefault();
        ObjectNode twoLevel = (ObjectNode) json.readTree(FACTS);
        ObjectNode small = ((ObjectNode) json.readTree(FACTS)).put("account_level", "THREE_LEVEL").put("payee_type", "CORPORATE")
                .put("amount_minor", 300_000);
        for (ObjectNode facts : java.util.List.of(twoLevel, small)) {
            mvc.perform(post("/api/enterprises/{e}/rule-sets/published/evaluate", enterprise).with(memberOf(enterprise)).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"facts\": " + facts + "}")).andExpect(status().isOk());
        }
        // The draft: every payment over 1,000.00 needs two authorizers, whatever the account.
        String location = draft("""
                {"defaultTemplate": "THREE_LEVEL", "rules": [
                  {"name": "two authorizers above 1000.00", "when": "amount_minor > 100000",
                   "then": [{"setQuorum": {"step": "AUTHORIZATION", "quorum": 2}}]}]}""")
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");

        mvc.perform(post(location + "/simulate").with(memberOf(enterprise)).param("last", "10"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.requests").value(2))
                .andExpect(jsonPath("$.changed").value(2))
                .andExpect(jsonPath("$.cases[0].before.length()").value(1))
                .andExpect(jsonPath("$.cases[0].after[1].quorum").value(2))
                .andExpect(jsonPath("$.cases[1].before[0].name").value("AUTHORIZATION"))
                .andExpect(jsonPath("$.cases[1].decidedByVersion").value(1));
    }

    @Test
    void anEnterpriseDefinesItsOwnTemplateInTheVersionedRuleSetAndRulesRouteByIt() throws Exception {
        String location = draft("""
                {"defaultTemplate": "THREE_LEVEL",
                 "templates": {"BOARD_APPROVAL": [{"name": "AUDIT", "role": "AUDITOR", "quorum": 1},
                                                  {"name": "BOARD", "role": "AUTHORIZER", "quorum": 2}]},
                 "rules": [{"name": "over one million goes to the board", "when": "amount_minor > 100000000",
                            "then": [{"useTemplate": "BOARD_APPROVAL"}]}]}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.definition.templates.BOARD_APPROVAL[1].quorum").value(2))
                .andReturn().getResponse().getHeader("Location");
        ObjectNode facts = ((ObjectNode) json.readTree(FACTS)).put("amount_minor", 150_000_000);

        mvc.perform(post(location + "/evaluate").with(memberOf(enterprise)).contentType(MediaType.APPLICATION_JSON).content("{\"facts\": " + facts + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.template").value("BOARD_APPROVAL"))
                .andExpect(jsonPath("$.steps[1].name").value("BOARD"))
                .andExpect(jsonPath("$.steps[1].quorum").value(2));
        draft("""
                {"defaultTemplate": "THREE_LEVEL", "rules": [{"name": "x", "when": "true", "then": [{"useTemplate": "NOWHERE"}]}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("definition.rules"));
    }
}
