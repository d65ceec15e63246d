package com.fundguard.rules.ruleset.adapter.in.web;

import static com.fundguard.test.web.Callers.as;
import static com.fundguard.test.web.Callers.memberOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fundguard.rules.ruleset.adapter.out.persistence.JdbcRuleSets;
import com.fundguard.rules.ruleset.application.ConcurrentRuleSetChangeException;
import com.fundguard.rules.ruleset.domain.RuleSet;
import com.fundguard.test.infrastructure.WithRealInfrastructure;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest
@AutoConfigureMockMvc
@WithRealInfrastructure
@org.springframework.context.annotation.Import(com.fundguard.rules.AuthorizersForTests.class)
class RuleSetApiIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    static final String DEFINITION = """
            {"defaultTemplate": "THREE_LEVEL", "rules": [
              {"name": "large amounts need two authorizers", "when": "amount_minor > 500000",
               "then": [{"setQuorum": {"step": "AUTHORIZATION", "quorum": 2}}]}]}""";

    final UUID enterprise = UUID.randomUUID();
    final UUID owner = com.fundguard.rules.AuthorizersForTests.authorizer();
    final UUID supervisor = UUID.randomUUID();

    String draft(UUID enterpriseId) throws Exception {
        String location = mvc.perform(post("/api/enterprises/{e}/rule-sets", enterpriseId).with(as(supervisor, enterpriseId)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"definition\": " + DEFINITION + "}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    ResultActions publish(UUID enterpriseId, String ruleSetId, UUID publisher) throws Exception {
        return mvc.perform(post("/api/enterprises/{e}/rule-sets/{r}/publish", enterpriseId, ruleSetId).with(as(publisher, enterpriseId)));
    }

    @Test
    void publishingADraftPutsItInForceRetiresTheOldOneAndTellsOtherServices() throws Exception {
        String first = draft(enterprise);
        publish(enterprise, first, owner).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("PUBLISHED"));
        String second = draft(enterprise);

        publish(enterprise, second, owner).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(2));

        mvc.perform(get("/api/enterprises/{e}/rule-sets/published", enterprise).with(memberOf(enterprise))).andExpect(jsonPath("$.id").value(second));
        mvc.perform(get("/api/enterprises/{e}/rule-sets", enterprise).with(memberOf(enterprise)))
                .andExpect(jsonPath("$[1].state").value("RETIRED"))
                .andExpect(jsonPath("$[1].definition.rules[0].when").value("amount_minor > 500000"));
        assertThat(jdbc.sql("SELECT count(*) FROM event_outbox WHERE event_type = 'com.fundguard.rules.rule-set-published.v1'"
                        + " AND envelope::jsonb ->> 'enterpriseid' = ?")
                .param(enterprise.toString()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void onlyAnAuthorizerPublishes() throws Exception {
        String id = draft(enterprise);

        publish(enterprise, id, UUID.randomUUID()).andExpect(status().isForbidden());
        mvc.perform(get("/api/enterprises/{e}/rule-sets/published", enterprise).with(memberOf(enterprise))).andExpect(status().isNotFound());
    }

    @Test
    void theAuthorCannotPublishTheirOwnDraft() throws Exception {
        String id = draft(enterprise);
        com.fundguard.rules.AuthorizersForTests.AUTHORIZERS.add(supervisor);

        publish(enterprise, id, supervisor).andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("AUTHOR_CANNOT_PUBLISH"));
        mvc.perform(get("/api/enterprises/{e}/rule-sets/published", enterprise).with(memberOf(enterprise))).andExpect(status().isNotFound());
    }

    @Test
    void anotherEnterpriseCanNeitherSeeNorPublishTheDraft() throws Exception {
        String id = draft(enterprise);
        UUID other = UUID.randomUUID();

        publish(other, id, owner).andExpect(status().isNotFound());
        mvc.perform(get("/api/enterprises/{e}/rule-sets", other).with(memberOf(other))).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void aDefinitionThatIsNotAnObjectIsRefusedNamingIt() throws Exception {
        mvc.perform(post("/api/enterprises/{e}/rule-sets", enterprise).with(as(supervisor, enterprise)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"definition\": [1, 2]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("definition"));
    }

    @Test
    void twoDraftsPublishedAtTheSameInstantLeaveExactlyOneInForce() throws Exception {
        String current = draft(enterprise);
        publish(enterprise, current, owner).andExpect(status().isOk());
        String a = draft(enterprise);
        String b = draft(enterprise);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Integer>> racers = new ArrayList<>();
        for (String id : List.of(a, b)) {
            racers.add(() -> {
                start.await();
                return publish(enterprise, id, owner).andReturn().getResponse().getStatus();
            });
        }
        List<Integer> statuses = new ArrayList<>();
        try (var executor = Executors.newFixedThreadPool(2)) {
            List<Future<Integer>> futures = racers.stream().map(executor::submit).toList();
            start.countDown();
            for (Future<Integer> f : futures) {
                statuses.add(f.get());
            }
        }

        // Interleaved, the loser's stale retirement is refused (409); one after the other, both succeed and
        // the second retires the first. Either way exactly one set is in force.
        assertThat(statuses).contains(200).allMatch(s -> s == 200 || s == 409);
        assertThat(jdbc.sql("SELECT count(*) FROM rule_set WHERE enterprise_id = ? AND state = 'PUBLISHED'")
                .param(enterprise).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aChangeBasedOnAStaleReadIsRefusedAndChangesNothing() throws Exception {
        String first = draft(enterprise);
        publish(enterprise, first, owner).andExpect(status().isOk());
        JdbcRuleSets ruleSets = new JdbcRuleSets(jdbc);
        RuleSet staleCopy = ruleSets.published(enterprise).orElseThrow();
        publish(enterprise, draft(enterprise), owner).andExpect(status().isOk());

        assertThatThrownBy(() -> ruleSets.update(staleCopy.retire(Clock.systemUTC())))
                .isInstanceOf(ConcurrentRuleSetChangeException.class);
        assertThat(ruleSets.find(enterprise, staleCopy.id()).orElseThrow().retiredAt())
                .isNotEqualTo(staleCopy.retire(Clock.systemUTC()).retiredAt());
    }

    @Test
    void exposesHealthMetricsAndItsOpenApiDescriptionAndNothingElseOfTheActuator() throws Exception {
        com.fundguard.test.web.ServiceConventions.exposesHealthMetricsAndOpenApi(mvc, "/api/enterprises/{enterpriseId}/rule-sets");
    }
}
