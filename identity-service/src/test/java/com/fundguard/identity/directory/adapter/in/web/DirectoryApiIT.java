package com.fundguard.identity.directory.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fundguard.test.infrastructure.WithRealInfrastructure;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest
@AutoConfigureMockMvc
@WithRealInfrastructure
@ExtendWith(OutputCaptureExtension.class)
class DirectoryApiIT {

    static final String PASSWORD = "correct-horse-battery-staple-7";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    final UUID enterprise = UUID.randomUUID();

    /** The operating institution's onboarding client, which registers enterprises and their first people. */
    static org.springframework.test.web.servlet.request.RequestPostProcessor onboarding() {
        return jwt().jwt(t -> t.subject("platform-onboarding").claim("scope", java.util.List.of("platform.onboard")));
    }

    static org.springframework.test.web.servlet.request.RequestPostProcessor memberOf(UUID enterprise) {
        return jwt().jwt(t -> t.subject(UUID.randomUUID().toString()).claim("enterprise_id", enterprise.toString())
                .claim("roles", java.util.List.of("AUDITOR")));
    }

    ResultActions putEnterprise(UUID id, String name) throws Exception {
        return mvc.perform(put("/api/enterprises/{e}", id).with(onboarding()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"" + name + "\"}"));
    }

    ResultActions putUser(UUID enterpriseId, String username, String roles, String password) throws Exception {
        return mvc.perform(put("/api/enterprises/{e}/users/{u}", enterpriseId, username).with(onboarding()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"displayName\": \"Li Wei\", \"roles\": " + roles + ", \"password\": \"" + password + "\"}"));
    }

    @Test
    void registeringAnEnterpriseTwiceIsOneRegistrationAndAnotherNameIsAConflict() throws Exception {
        putEnterprise(enterprise, "Hangzhou Tea Trading Co.").andExpect(status().isCreated());
        putEnterprise(enterprise, "Hangzhou Tea Trading Co.").andExpect(status().isOk());
        putEnterprise(enterprise, "Someone Else Ltd.").andExpect(status().isConflict());

        mvc.perform(get("/api/enterprises/{e}", enterprise).with(memberOf(enterprise))).andExpect(jsonPath("$.name").value("Hangzhou Tea Trading Co."));
        assertThat(jdbc.sql("SELECT count(*) FROM event_outbox WHERE message_key = ?").param(enterprise.toString())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aRegisteredUsersPasswordIsStoredAsArgon2idAndAppearsInNoResponseEventOrLog(CapturedOutput output) throws Exception {
        putEnterprise(enterprise, "Hangzhou Tea Trading Co.").andExpect(status().isCreated());

        String created = putUser(enterprise, "li.wei", "[\"APPLICANT\"]", PASSWORD)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.roles[0]").value("APPLICANT"))
                .andReturn().getResponse().getContentAsString();
        String listed = mvc.perform(get("/api/enterprises/{e}/users", enterprise).with(memberOf(enterprise)))
                .andExpect(jsonPath("$[0].username").value("li.wei"))
                .andReturn().getResponse().getContentAsString();

        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'li.wei' AND enterprise_id = ?")
                .param(enterprise).query(String.class).single();
        String events = String.join("\n", jdbc.sql("SELECT envelope FROM event_outbox").query(String.class).list());
        assertThat(hash).startsWith("$argon2id$");
        assertThat(created + listed + events + output.getAll()).doesNotContain(PASSWORD).doesNotContain(hash);
    }

    @Test
    void registeringTheSameUserAgainChangesNothingAndOtherRolesAreAConflict() throws Exception {
        putEnterprise(enterprise, "Hangzhou Tea Trading Co.").andExpect(status().isCreated());
        putUser(enterprise, "zhang.min", "[\"AUDITOR\"]", PASSWORD).andExpect(status().isCreated());

        putUser(enterprise, "zhang.min", "[\"AUDITOR\"]", PASSWORD).andExpect(status().isOk());
        putUser(enterprise, "zhang.min", "[\"AUDITOR\", \"AUTHORIZER\"]", PASSWORD).andExpect(status().isConflict());

        mvc.perform(get("/api/enterprises/{e}/users", enterprise).with(memberOf(enterprise))).andExpect(jsonPath("$[0].roles.length()").value(1));
    }

    @Test
    void aShortPasswordIsRefusedNamingTheFieldWithoutEchoingIt() throws Exception {
        putEnterprise(enterprise, "Hangzhou Tea Trading Co.").andExpect(status().isCreated());

        String problem = putUser(enterprise, "li.wei", "[\"APPLICANT\"]", "tooshort")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"))
                .andReturn().getResponse().getContentAsString();

        assertThat(problem).doesNotContain("tooshort");
        assertThat(jdbc.sql("SELECT count(*) FROM app_user WHERE enterprise_id = ?").param(enterprise).query(Long.class).single()).isZero();
    }

    @Test
    void usersOfOneEnterpriseAreInvisibleToAnother() throws Exception {
        UUID other = UUID.randomUUID();
        putEnterprise(enterprise, "Hangzhou Tea Trading Co.").andExpect(status().isCreated());
        putEnterprise(other, "Ningbo Port Logistics").andExpect(status().isCreated());
        putUser(enterprise, "li.wei", "[\"APPLICANT\"]", PASSWORD).andExpect(status().isCreated());

        mvc.perform(get("/api/enterprises/{e}/users", other).with(memberOf(other))).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/enterprises/{e}/users", enterprise).with(memberOf(other))).andExpect(status().isForbidden());
        mvc.perform(get("/api/enterprises/{e}/users", enterprise)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/enterprises/{e}/users", UUID.randomUUID()).with(onboarding())).andExpect(status().isNotFound());
        putUser(UUID.randomUUID(), "li.wei", "[\"APPLICANT\"]", PASSWORD).andExpect(status().isNotFound());
    }

    @Test
    void aServiceReadingTheDirectorySeesThePhoneNumbersPeopleRegisteredButColleaguesDoNot() throws Exception {
        putEnterprise(enterprise, "Hangzhou Tea Trading Co.").andExpect(status().isCreated());
        String created = putUser(enterprise, "li.wei", "[\"AUDITOR\"]", PASSWORD).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        putUser(enterprise, "wang.fang", "[\"APPLICANT\"]", PASSWORD).andExpect(status().isCreated());
        UUID liWei = UUID.fromString(com.jayway.jsonpath.JsonPath.read(created, "$.id"));
        mvc.perform(put("/api/identity/me/phone-number")
                        .with(jwt().jwt(t -> t.subject(liWei.toString()).claim("enterprise_id", enterprise.toString())))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"phoneNumber\": \"+8613800138000\"}"))
                .andExpect(status().isNoContent());
        var notificationService = jwt().jwt(t -> t.subject("notification-service").claim("scope", java.util.List.of("directory.read")));

        mvc.perform(get("/api/enterprises/{e}/users", enterprise).with(notificationService))
                .andExpect(jsonPath("$[?(@.username == 'li.wei')].phoneNumber").value("+8613800138000"))
                .andExpect(jsonPath("$[?(@.username == 'wang.fang')].phoneNumber").isEmpty());
        String seenByAColleague = mvc.perform(get("/api/enterprises/{e}/users", enterprise).with(memberOf(enterprise)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(seenByAColleague).contains("li.wei").doesNotContain("phoneNumber").doesNotContain("+8613800138000");
    }

    @Test
    void onlyTheOnboardingClientRegistersAnEnterprise() throws Exception {
        mvc.perform(put("/api/enterprises/{e}", enterprise).with(memberOf(enterprise)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"Mine Now Ltd.\"}")).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM enterprise WHERE id = ?").param(enterprise).query(Long.class).single()).isZero();
    }

    @Test
    void anUnknownRoleIsRefusedNamingTheField() throws Exception {
        putEnterprise(enterprise, "Hangzhou Tea Trading Co.").andExpect(status().isCreated());

        putUser(enterprise, "li.wei", "[\"SUPERUSER\"]", PASSWORD)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("roles[0]"));
    }

    @Test
    void exposesHealthMetricsAndItsOpenApiDescriptionAndNothingElseOfTheActuator() throws Exception {
        com.fundguard.test.web.ServiceConventions.exposesHealthMetricsAndOpenApi(mvc, "/api/enterprises/{enterpriseId}/users");
    }
}
