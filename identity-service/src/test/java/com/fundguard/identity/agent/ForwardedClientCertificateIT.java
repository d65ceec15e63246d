package com.fundguard.identity.agent;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fundguard.crypto.ca.CertificateAuthority;
import com.fundguard.identity.oidc.ForwardedClientCertificate;
import com.fundguard.test.infrastructure.WithRealInfrastructure;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/** Behind the gateway: the chain the gateway verified arrives in a header and the token endpoint binds to it. */
@SpringBootTest(properties = "fundguard.identity.forwarded-client-certificate=true")
@AutoConfigureMockMvc
@WithRealInfrastructure
class ForwardedClientCertificateIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvc mvc;

    @Test
    void theTokenEndpointAuthenticatesTheAgentByTheChainTheGatewayForwards() throws Exception {
        UUID enterprise = UUID.randomUUID();
        RequestPostProcessor onboarding = jwt().jwt(t -> t.subject("platform-onboarding").claim("scope", List.of("platform.onboard")));
        mvc.perform(put("/api/enterprises/{e}", enterprise).with(onboarding).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Hangzhou Tea Trading Co.\"}")).andExpect(status().isCreated());
        String admin = JSON.readTree(mvc.perform(put("/api/enterprises/{e}/users/{u}", enterprise, "admin.wang").with(onboarding)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"displayName\":\"Wang\",\"roles\":[\"ENTERPRISE_ADMIN\"],\"password\":\"correct-horse-battery-staple-7\"}"))
                .andReturn().getResponse().getContentAsString()).get("id").asString();
        String code = JSON.readTree(mvc.perform(post("/api/enterprises/{e}/agent-enrolments", enterprise)
                        .with(jwt().jwt(t -> t.subject(admin).claim("enterprise_id", enterprise.toString())))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"agentId\":\"ukey-desk-1\"}"))
                .andReturn().getResponse().getContentAsString()).get("enrolmentCode").asString();
        var key = CertificateAuthority.newKeyPair();
        String csr = CertificateAuthority.pem(new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=x"), key.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(key.getPrivate())));
        var issued = JSON.readTree(mvc.perform(post("/api/agent-enrolments").contentType(MediaType.APPLICATION_JSON)
                .content(JSON.createObjectNode().put("enrolmentCode", code).put("csr", csr).toString())).andReturn().getResponse().getContentAsString());
        String chain = issued.get("certificate").asString() + issued.get("caCertificate").asString();

        mvc.perform(post("/oauth2/token").header(ForwardedClientCertificate.HEADER, URLEncoder.encode(chain, StandardCharsets.US_ASCII))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("grant_type", "client_credentials").param("client_id", "agent." + enterprise + ".ukey-desk-1"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.access_token").exists());
        mvc.perform(post("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("grant_type", "client_credentials").param("client_id", "agent." + enterprise + ".ukey-desk-1"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/platform-ca/certificate")).andExpect(status().isOk());
    }
}
