package com.fundguard.notification.webhook.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fundguard.notification.PeopleForTests;
import com.fundguard.test.infrastructure.WithRealInfrastructure;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The webhook API's rules on real PostgreSQL: only an enterprise admin of that enterprise manages its webhooks, bad
 * input is a problem naming the field and stores nothing, a disabled endpoint is listed but takes no further acts.
 * Delivery itself is {@code WebhookDeliveryIT}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithRealInfrastructure
@Import(PeopleForTests.class)
class WebhookApiIT {

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;

    final UUID enterprise = UUID.randomUUID();
    final UUID theirEnterprise = UUID.randomUUID();
    final UUID admin = UUID.randomUUID();

    static RequestPostProcessor holding(UUID enterprise, UUID person, String... roles) {
        return jwt().jwt(token -> token.subject(person.toString()).claim("enterprise_id", enterprise.toString())
                .claim("roles", List.of(roles)));
    }

    String subscription(String url, List<String> eventTypes) {
        return json.writeValueAsString(Map.of("url", url, "eventTypes", eventTypes, "description", "Kingdee ERP"));
    }

    MockHttpServletResponse perform(MockHttpServletRequestBuilder request, RequestPostProcessor caller) throws Exception {
        return mvc.perform(request.with(caller).contentType(MediaType.APPLICATION_JSON)).andReturn().getResponse();
    }

    MockHttpServletResponse subscribe(UUID enterpriseId, RequestPostProcessor caller, String body) throws Exception {
        return perform(post("/api/enterprises/{e}/webhooks", enterpriseId).content(body), caller);
    }

    UUID subscribed() throws Exception {
        MockHttpServletResponse created = subscribe(enterprise, holding(enterprise, admin, "ENTERPRISE_ADMIN"),
                subscription("https://erp.example.com/fundguard", List.of("com.fundguard.execution.failed.v1")));
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        return UUID.fromString(json.readTree(created.getContentAsString()).get("id").asString());
    }

    long endpointsOf(UUID enterpriseId) {
        return jdbc.sql("SELECT count(*) FROM webhook_endpoint WHERE enterprise_id = ?").param(enterpriseId).query(Long.class).single();
    }

    List<MockHttpServletRequestBuilder> everyRequestOn(UUID enterpriseId, UUID webhookId) {
        String body = subscription("https://erp.example.com/fundguard", List.of("com.fundguard.execution.failed.v1"));
        return List.of(post("/api/enterprises/{e}/webhooks", enterpriseId).content(body),
                get("/api/enterprises/{e}/webhooks", enterpriseId),
                delete("/api/enterprises/{e}/webhooks/{id}", enterpriseId, webhookId),
                post("/api/enterprises/{e}/webhooks/{id}/secret", enterpriseId, webhookId),
                get("/api/enterprises/{e}/webhooks/dead-letters", enterpriseId),
                post("/api/enterprises/{e}/webhooks/dead-letters/{d}/replay", enterpriseId, UUID.randomUUID()));
    }

    @Test
    void aMemberOfTheEnterpriseWhoIsNoAdminIsRefusedEveryWebhookRequest() throws Exception {
        UUID webhookId = subscribed();
        RequestPostProcessor authorizer = holding(enterprise, UUID.randomUUID(), "AUTHORIZER", "AUDITOR", "APPLICANT");

        for (MockHttpServletRequestBuilder request : everyRequestOn(enterprise, webhookId)) {
            MockHttpServletResponse refused = perform(request, authorizer);
            assertThat(refused.getStatus()).as(refused.getContentAsString()).isEqualTo(403);
            assertThat(refused.getContentAsString()).contains("ENTERPRISE_ADMIN");
        }
        assertThat(endpointsOf(enterprise)).isEqualTo(1);
    }

    @Test
    void anAdminOfAnotherEnterpriseIsRefusedOnOurPathsAndFindsNothingOfOursOnTheirs() throws Exception {
        UUID webhookId = subscribed();
        RequestPostProcessor theirAdmin = holding(theirEnterprise, UUID.randomUUID(), "ENTERPRISE_ADMIN");

        for (MockHttpServletRequestBuilder request : everyRequestOn(enterprise, webhookId)) {
            assertThat(perform(request, theirAdmin).getStatus()).isEqualTo(403);
        }
        assertThat(perform(delete("/api/enterprises/{e}/webhooks/{id}", theirEnterprise, webhookId), theirAdmin).getStatus())
                .isEqualTo(404);
        assertThat(perform(post("/api/enterprises/{e}/webhooks/{id}/secret", theirEnterprise, webhookId), theirAdmin).getStatus())
                .isEqualTo(404);
        assertThat(json.readTree(perform(get("/api/enterprises/{e}/webhooks", theirEnterprise), theirAdmin).getContentAsString()))
                .isEmpty();
        assertThat(endpointsOf(enterprise)).isEqualTo(1);
        assertThat(json.readTree(perform(get("/api/enterprises/{e}/webhooks", enterprise), holding(enterprise, admin, "ENTERPRISE_ADMIN"))
                .getContentAsString()).get(0).get("state").asString()).as("still enabled").isEqualTo("ENABLED");
    }

    @Test
    void aUrlThatIsNotHttpsIsAProblemNamingUrlAndStoresNothing() throws Exception {
        for (String url : List.of("http://erp.example.com/fundguard", "https://erp:hunter2@erp.example.com/fundguard", "erp.example.com")) {
            MockHttpServletResponse refused = subscribe(enterprise, holding(enterprise, admin, "ENTERPRISE_ADMIN"),
                    subscription(url, List.of("com.fundguard.execution.failed.v1")));

            assertThat(refused.getStatus()).as(url).isEqualTo(400);
            assertThat(refused.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            JsonNode problem = json.readTree(refused.getContentAsString());
            assertThat(problem.get("errors")).hasSize(1);
            assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("url");
            assertThat(refused.getContentAsString()).doesNotContain("hunter2");
        }
        assertThat(endpointsOf(enterprise)).isZero();
    }

    @Test
    void anEventTypeThisServiceDoesNotSendOrNoneAtAllIsAProblemNamingEventTypes() throws Exception {
        for (List<String> types : List.of(List.of("com.fundguard.voucher.captured.v1"), List.<String>of())) {
            MockHttpServletResponse refused = subscribe(enterprise, holding(enterprise, admin, "ENTERPRISE_ADMIN"),
                    subscription("https://erp.example.com/fundguard", types));

            assertThat(refused.getStatus()).as(types.toString()).isEqualTo(400);
            assertThat(json.readTree(refused.getContentAsString()).get("errors").get(0).get("field").asString())
                    .isEqualTo("eventTypes");
        }
        assertThat(endpointsOf(enterprise)).isZero();
    }

    @Test
    void theCreationAnswerAloneShowsTheSecretAndADisabledEndpointIsListedButTakesNoFurtherActs() throws Exception {
        RequestPostProcessor us = holding(enterprise, admin, "ENTERPRISE_ADMIN");
        MockHttpServletResponse created = subscribe(enterprise, us,
                subscription("https://erp.example.com/fundguard", List.of("com.fundguard.execution.failed.v1", "com.fundguard.transfer.authorized.v1")));
        JsonNode answer = json.readTree(created.getContentAsString());
        String secret = answer.get("secret").asString();
        UUID webhookId = UUID.fromString(answer.get("id").asString());

        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(created.getHeader("Location")).endsWith("/webhooks/" + webhookId);
        assertThat(secret).matches("[0-9a-f]{64}");
        JsonNode listed = json.readTree(perform(get("/api/enterprises/{e}/webhooks", enterprise), us).getContentAsString());
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).has("secret")).isFalse();
        assertThat(listed.get(0).toString()).doesNotContain(secret);
        assertThat(listed.get(0).get("url").asString()).isEqualTo("https://erp.example.com/fundguard");
        assertThat(listed.get(0).get("description").asString()).isEqualTo("Kingdee ERP");

        assertThat(perform(delete("/api/enterprises/{e}/webhooks/{id}", enterprise, webhookId), us).getStatus()).isEqualTo(204);
        JsonNode afterwards = json.readTree(perform(get("/api/enterprises/{e}/webhooks", enterprise), us).getContentAsString());
        assertThat(afterwards.get(0).get("state").asString()).isEqualTo("DISABLED");
        assertThat(perform(delete("/api/enterprises/{e}/webhooks/{id}", enterprise, webhookId), us).getStatus()).isEqualTo(409);
        MockHttpServletResponse rotation = perform(post("/api/enterprises/{e}/webhooks/{id}/secret", enterprise, webhookId), us);
        assertThat(rotation.getStatus()).isEqualTo(409);
        assertThat(rotation.getContentAsString()).contains("DISABLED").doesNotContain(secret);
        assertThat(perform(delete("/api/enterprises/{e}/webhooks/{id}", enterprise, UUID.randomUUID()), us).getStatus()).isEqualTo(404);
        assertThat(perform(post("/api/enterprises/{e}/webhooks/dead-letters/{d}/replay", enterprise, UUID.randomUUID()), us).getStatus())
                .isEqualTo(404);
    }
}
