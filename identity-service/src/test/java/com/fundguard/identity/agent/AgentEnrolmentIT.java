package com.fundguard.identity.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.x509;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fundguard.crypto.ca.CertificateAuthority;
import com.fundguard.identity.agent.application.AgentEnrolments;
import com.fundguard.test.infrastructure.WithRealInfrastructure;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Operator agents enrol with a one-time code, get certificate-bound tokens, renew, and are revoked. */
@SpringBootTest
@AutoConfigureMockMvc
@WithRealInfrastructure
class AgentEnrolmentIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvc mvc;
    @Autowired JwtDecoder tokens;
    @Autowired com.nimbusds.jose.jwk.source.JWKSource<com.nimbusds.jose.proc.SecurityContext> signingKeys;

    final UUID enterprise = UUID.randomUUID();
    UUID admin;
    UUID cashier;

    RequestPostProcessor person(UUID id) {
        return jwt().jwt(t -> t.subject(id.toString()).claim("enterprise_id", enterprise.toString()));
    }

    UUID register(String username, String role) throws Exception {
        RequestPostProcessor onboarding = jwt().jwt(t -> t.subject("platform-onboarding").claim("scope", List.of("platform.onboard")));
        String body = mvc.perform(put("/api/enterprises/{e}/users/{u}", enterprise, username).with(onboarding)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"" + username + "\",\"roles\":[\"" + role + "\"],\"password\":\"correct-horse-battery-staple-7\"}"))
                .andReturn().getResponse().getContentAsString();
        return UUID.fromString(JSON.readTree(body).get("id").asString());
    }

    @BeforeEach
    void anEnterpriseWithAnAdmin() throws Exception {
        RequestPostProcessor onboarding = jwt().jwt(t -> t.subject("platform-onboarding").claim("scope", List.of("platform.onboard")));
        mvc.perform(put("/api/enterprises/{e}", enterprise).with(onboarding).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Hangzhou Tea Trading Co.\"}")).andExpect(status().isCreated());
        admin = register("admin.wang", "ENTERPRISE_ADMIN");
        cashier = register("chen.jing", "APPLICANT");
    }

    String code(String agentId) throws Exception {
        String body = mvc.perform(post("/api/enterprises/{e}/agent-enrolments", enterprise).with(person(admin))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"agentId\":\"" + agentId + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JSON.readTree(body).get("enrolmentCode").asString();
    }

    static String csr(KeyPair key, String claimedSubject) throws Exception {
        PKCS10CertificationRequest request = new JcaPKCS10CertificationRequestBuilder(new X500Name(claimedSubject), key.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(key.getPrivate()));
        return CertificateAuthority.pem(request);
    }

    ResultActions enrol(String code, String csr) throws Exception {
        return mvc.perform(post("/api/agent-enrolments").contentType(MediaType.APPLICATION_JSON)
                .content(JSON.createObjectNode().put("enrolmentCode", code).put("csr", csr).toString()));
    }

    static X509Certificate certificate(String pem) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
    }

    X509Certificate enrolled(String agentId, KeyPair key) throws Exception {
        String body = enrol(code(agentId), csr(key, "CN=someone-else,O=" + UUID.randomUUID())).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return certificate(JSON.readTree(body).get("certificate").asString());
    }

    /** As a TLS client presents it: its certificate and the issuing CA (a chain of one is a self-signed client). */
    ResultActions tokenFor(String agentId, X509Certificate... presentedChain) throws Exception {
        return mvc.perform(post("/oauth2/token").with(x509(presentedChain))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("grant_type", "client_credentials").param("client_id", "agent." + enterprise + "." + agentId));
    }

    @Test
    void anEnrolledAgentHoldsACertificateFromThePlatformCaNamingItsEnterpriseAndItselfNotWhatItClaimed() throws Exception {
        KeyPair key = CertificateAuthority.newKeyPair();
        X509Certificate certificate = enrolled("ukey-desk-1", key);

        X509Certificate ca = certificate(mvc.perform(get("/api/platform-ca/certificate")).andReturn().getResponse().getContentAsString());
        certificate.verify(ca.getPublicKey());
        assertThat(certificate.getPublicKey()).isEqualTo(key.getPublic());
        assertThat(certificate.getSubjectX500Principal().getName()).contains("CN=ukey-desk-1", "O=" + enterprise).doesNotContain("someone-else");
        assertThat(Duration.between(certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant()))
                .isLessThanOrEqualTo(AgentEnrolments.CERTIFICATE_VALIDITY.plusMinutes(5));
    }

    @Test
    void anEnrolmentCodeWorksOnce() throws Exception {
        String code = code("ukey-desk-1");
        enrol(code, csr(CertificateAuthority.newKeyPair(), "CN=x")).andExpect(status().isCreated());

        enrol(code, csr(CertificateAuthority.newKeyPair(), "CN=x")).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("UNKNOWN_OR_USED_CODE"));
        enrol("not-a-code", csr(CertificateAuthority.newKeyPair(), "CN=x")).andExpect(jsonPath("$.rule").value("UNKNOWN_OR_USED_CODE"));
    }

    @Test
    void onlyAnAdminOfTheEnterpriseCreatesEnrolmentCodes() throws Exception {
        mvc.perform(post("/api/enterprises/{e}/agent-enrolments", enterprise).with(person(cashier))
                .contentType(MediaType.APPLICATION_JSON).content("{\"agentId\":\"ukey-desk-1\"}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/enterprises/{e}/agent-enrolments", UUID.randomUUID()).with(person(admin))
                .contentType(MediaType.APPLICATION_JSON).content("{\"agentId\":\"ukey-desk-1\"}")).andExpect(status().isForbidden());
    }

    @Test
    void theAgentsTokenIsBoundToItsCertificateAndNamesTheAgentItsEnterpriseAndTheOperatorRole() throws Exception {
        X509Certificate certificate = enrolled("ukey-desk-1", CertificateAuthority.newKeyPair());

        X509Certificate ca = certificate(mvc.perform(get("/api/platform-ca/certificate")).andReturn().getResponse().getContentAsString());
        String body = tokenFor("ukey-desk-1", certificate, ca).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        String accessToken = JSON.readTree(body).get("access_token").asString();
        var signed = com.nimbusds.jwt.SignedJWT.parse(accessToken);
        var key = signingKeys.get(new com.nimbusds.jose.jwk.JWKSelector(new com.nimbusds.jose.jwk.JWKMatcher.Builder()
                .keyID(signed.getHeader().getKeyID()).build()), null).getFirst().toRSAKey();
        assertThat(signed.verify(new com.nimbusds.jose.crypto.RSASSAVerifier(key))).isTrue();
        var claims = signed.getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo("agent:ukey-desk-1");
        assertThat(claims.getStringClaim("enterprise_id")).isEqualTo(enterprise.toString());
        assertThat(claims.getStringListClaim("roles")).containsExactly("OPERATOR");
        assertThat(((Map<?, ?>) claims.getClaim("cnf")).get("x5t#S256")).isEqualTo(AgentEnrolments.thumbprint(certificate));
        // A resource server decoding it outside a request that presents the certificate refuses it (RFC 8705 binding).
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tokens.decode(accessToken))
                .isInstanceOf(org.springframework.security.oauth2.jwt.JwtException.class);
    }

    @Test
    void aCertificateNamingAnotherAgentGetsNoTokenForThisAgentsClient() throws Exception {
        enrolled("ukey-desk-1", CertificateAuthority.newKeyPair());
        X509Certificate otherAgent = enrolled("another-desk", CertificateAuthority.newKeyPair());
        X509Certificate ca = certificate(mvc.perform(get("/api/platform-ca/certificate")).andReturn().getResponse().getContentAsString());

        // Which CA may present certificates at all is the gateway's mTLS (gateway-service AgentMutualTlsIT); here, the subject binding.
        tokenFor("ukey-desk-1", otherAgent, ca).andExpect(status().isUnauthorized());
        tokenFor("another-desk", otherAgent, ca).andExpect(status().isOk());
    }

    @Test
    void aRevokedCertificateIsInTheSignedRevocationListAndCannotBeRenewed() throws Exception {
        KeyPair key = CertificateAuthority.newKeyPair();
        X509Certificate certificate = enrolled("ukey-desk-1", key);

        mvc.perform(post("/api/enterprises/{e}/agent-certificates/{s}/revocation", enterprise, certificate.getSerialNumber()).with(person(cashier)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/enterprises/{e}/agent-certificates/{s}/revocation", enterprise, certificate.getSerialNumber()).with(person(admin)))
                .andExpect(status().isNoContent());

        byte[] der = mvc.perform(get("/api/platform-ca/crl")).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
        X509Certificate ca = certificate(mvc.perform(get("/api/platform-ca/certificate")).andReturn().getResponse().getContentAsString());
        crl.verify(ca.getPublicKey());
        assertThat(crl.isRevoked(certificate)).isTrue();
        renew(certificate, key, CertificateAuthority.newKeyPair()).andExpect(jsonPath("$.rule").value("NOT_RENEWABLE"));
    }

    ResultActions renew(X509Certificate current, KeyPair currentKey, KeyPair newKey) throws Exception {
        String newCsr = csr(newKey, "CN=renewal");
        byte[] requestDer = new org.bouncycastle.openssl.PEMParser(new java.io.StringReader(newCsr)).readObject() instanceof PKCS10CertificationRequest r
                ? r.getEncoded() : new byte[0];
        Signature signature = Signature.getInstance("SHA256withECDSA");
        signature.initSign(currentKey.getPrivate());
        signature.update(requestDer);
        return mvc.perform(post("/api/agent-certificates/renewal").contentType(MediaType.APPLICATION_JSON)
                .content(JSON.createObjectNode().put("certificate", CertificateAuthority.pem(current)).put("csr", newCsr)
                        .put("signature", Base64.getEncoder().encodeToString(signature.sign())).toString()));
    }

    @Test
    void anAgentRenewsBeforeExpiryBySigningItsNewRequestWithItsCurrentKey() throws Exception {
        KeyPair key = CertificateAuthority.newKeyPair();
        X509Certificate current = enrolled("ukey-desk-1", key);
        KeyPair next = CertificateAuthority.newKeyPair();

        JsonNode renewed = JSON.readTree(renew(current, key, next).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        X509Certificate certificate = certificate(renewed.get("certificate").asString());

        assertThat(certificate.getPublicKey()).isEqualTo(next.getPublic());
        assertThat(certificate.getSubjectX500Principal()).isEqualTo(current.getSubjectX500Principal());
        assertThat(certificate.getSerialNumber()).isNotEqualTo(current.getSerialNumber());
        renew(current, CertificateAuthority.newKeyPair(), CertificateAuthority.newKeyPair()).andExpect(jsonPath("$.rule").value("NOT_RENEWABLE"));
    }
}
