package com.fundguard.identity.rolegrant.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fundguard.test.infrastructure.WithRealInfrastructure;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Role grants through the API. Tokens here are built by Spring Security's test support (the signature path is shown
 * by OidcSignInIT); what matters is who the subject is and which roles the directory says they hold now.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithRealInfrastructure
class RoleGrantIT {

    static final String PASSWORD = "correct-horse-battery-staple-7";

    @Autowired MockMvc mvc;

    final UUID enterprise = UUID.randomUUID();
    UUID admin;
    UUID secondAdmin;
    UUID owner;
    UUID cashier;

    RequestPostProcessor onboarding() {
        return jwt().jwt(t -> t.subject("platform-onboarding").claim("scope", List.of("platform.onboard")));
    }

    RequestPostProcessor person(UUID userId, String... roles) {
        return jwt().jwt(t -> t.subject(userId.toString()).claim("enterprise_id", enterprise.toString()).claim("roles", List.of(roles)));
    }

    UUID register(String username, String roles) throws Exception {
        String body = mvc.perform(put("/api/enterprises/{e}/users/{u}", enterprise, username).with(onboarding())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"" + username + "\",\"roles\":" + roles + ",\"password\":\"" + PASSWORD + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonMapper.builder().build().readTree(body).get("id").asString());
    }

    ResultActions ask(UUID by, UUID userId, String role) throws Exception {
        return mvc.perform(post("/api/enterprises/{e}/role-grants", enterprise).with(person(by, "ENTERPRISE_ADMIN"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"userId\":\"" + userId + "\",\"role\":\"" + role + "\"}"));
    }

    String grantId(ResultActions asked) throws Exception {
        return JsonMapper.builder().build().readTree(asked.andReturn().getResponse().getContentAsString()).get("id").asString();
    }

    /** The roles the directory holds for the person now. */
    List<String> rolesOf(UUID userId) throws Exception {
        String body = mvc.perform(get("/api/enterprises/{e}/users", enterprise).with(person(admin, "ENTERPRISE_ADMIN")))
                .andReturn().getResponse().getContentAsString();
        for (var user : JsonMapper.builder().build().readTree(body)) {
            if (user.get("id").asString().equals(userId.toString())) {
                List<String> roles = new java.util.ArrayList<>();
                user.get("roles").forEach(r -> roles.add(r.asString()));
                return roles;
            }
        }
        throw new AssertionError("no user " + userId);
    }

    @BeforeEach
    void anEnterprise() throws Exception {
        mvc.perform(put("/api/enterprises/{e}", enterprise).with(onboarding()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Hangzhou Tea Trading Co.\"}")).andExpect(status().isCreated());
        admin = register("admin.wang", "[\"ENTERPRISE_ADMIN\"]");
        secondAdmin = register("admin.zhao", "[\"ENTERPRISE_ADMIN\"]");
        owner = register("owner.liu", "[\"AUTHORIZER\"]");
        cashier = register("chen.jing", "[\"APPLICANT\"]");
    }

    @Test
    void rejectsAnAdminGrantingARoleToThemself() throws Exception {
        ask(admin, admin, "AUTHORIZER").andExpect(status().isForbidden()).andExpect(jsonPath("$.rule").value("SELF_GRANT"));
    }

    @Test
    void anApprovalRoleTakesEffectOnlyWhenASecondPersonConfirms() throws Exception {
        String grant = grantId(ask(admin, cashier, "AUDITOR").andExpect(status().isAccepted()).andExpect(jsonPath("$.state").value("PENDING")));
        assertThat(rolesOf(cashier)).containsExactly("APPLICANT");

        mvc.perform(post("/api/enterprises/{e}/role-grants/{g}/confirm", enterprise, grant).with(person(admin, "ENTERPRISE_ADMIN")))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.rule").value("NOT_A_SECOND_PERSON"));
        mvc.perform(post("/api/enterprises/{e}/role-grants/{g}/confirm", enterprise, grant).with(person(owner, "AUTHORIZER")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("GRANTED"));

        assertThat(rolesOf(cashier)).containsExactlyInAnyOrder("APPLICANT", "AUDITOR");
    }

    @Test
    void anAdminCannotRegisterSomeoneWithAnApprovalRoleDirectly() throws Exception {
        mvc.perform(put("/api/enterprises/{e}/users/{u}", enterprise, "new.auditor").with(person(admin, "ENTERPRISE_ADMIN"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"New\",\"roles\":[\"AUDITOR\"],\"password\":\"" + PASSWORD + "\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theTokensRolesDoNotCountOnlyTheDirectorysRolesNow() throws Exception {
        // The cashier's token claims ENTERPRISE_ADMIN; the directory says APPLICANT, so the grant is refused.
        mvc.perform(post("/api/enterprises/{e}/role-grants", enterprise).with(person(cashier, "ENTERPRISE_ADMIN"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"userId\":\"" + owner + "\",\"role\":\"AUDITOR\"}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.rule").value("NOT_AN_ADMIN"));
    }

    @Test
    void aRevokedRoleIsGoneAtOnce() throws Exception {
        grantId(ask(admin, owner, "APPLICANT").andExpect(status().isCreated()));

        String revoked = mvc.perform(delete("/api/enterprises/{e}/users/{u}/roles/{r}", enterprise, owner, "AUTHORIZER")
                        .with(person(secondAdmin, "ENTERPRISE_ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonMapper.builder().build().readTree(revoked).get("roles").toString()).isEqualTo("[\"APPLICANT\"]");
        assertThat(rolesOf(owner)).containsExactly("APPLICANT");
    }

    @Test
    void nobodyActsOnAnotherEnterprisesGrants() throws Exception {
        mvc.perform(post("/api/enterprises/{e}/role-grants", enterprise)
                        .with(jwt().jwt(t -> t.subject(admin.toString()).claim("enterprise_id", UUID.randomUUID().toString())))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"userId\":\"" + cashier + "\",\"role\":\"OPERATOR\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/enterprises/{e}/role-grants", enterprise)).andExpect(status().isUnauthorized());
    }
}
