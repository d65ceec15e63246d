package com.fundguard.approval.transfer.adapter.in.web;

import static com.fundguard.test.web.Callers.as;
import static com.fundguard.approval.RolesForTests.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fundguard.approval.RolesForTests;
import com.fundguard.approval.transfer.adapter.out.confirmation.JwsConfirmationVerifier;
import com.fundguard.approval.transfer.application.ConfirmationVerifier;
import com.fundguard.approval.transfer.domain.ApproverRole;
import com.fundguard.test.infrastructure.WithRealInfrastructure;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decisions above the enterprise's threshold need identity-service's proof of a second factor over the transfer's
 * confirmation challenge. Proofs here are signed with a key the test holds, in the format identity-service signs
 * them (RS256, type fundguard-confirmation+jwt, audience approval-service); the verification code is production's.
 */
@SpringBootTest(properties = "fundguard.approval.routing.source=built-in")
@AutoConfigureMockMvc
@WithRealInfrastructure
@Import({RolesForTests.class, ContentBoundConfirmationIT.ProofKeys.class})
class ContentBoundConfirmationIT {

    static final KeyPair IDENTITY_KEYS = rsa();
    static final KeyPair SOMEONE_ELSES_KEYS = rsa();

    static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @TestConfiguration
    static class ProofKeys {
        @Bean
        @Primary
        ConfirmationVerifier proofsSignedByTheTestsIdentityKey() {
            return JwsConfirmationVerifier.fromKey((RSAPublicKey) IDENTITY_KEYS.getPublic());
        }
    }

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;

    final UUID enterprise = UUID.randomUUID();
    final UUID cashier = UUID.randomUUID();
    final UUID supervisor = person(ApproverRole.AUDITOR);
    final UUID owner = person(ApproverRole.AUTHORIZER);

    static String proof(KeyPair keys, String type, UUID person, UUID enterprise, String challenge, Instant expiresAt) {
        RSAKey key = new RSAKey.Builder((RSAPublicKey) keys.getPublic()).privateKey((RSAPrivateKey) keys.getPrivate()).keyID("k").build();
        var encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer("http://localhost:8081").subject(person.toString())
                .audience(List.of("approval-service")).issuedAt(expiresAt.minusSeconds(300)).expiresAt(expiresAt)
                .id(UUID.randomUUID().toString()).claim("enterprise_id", enterprise.toString()).claim("challenge", challenge)
                .claim("amr", List.of("otp")).build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).type(type).build(), claims)).getTokenValue();
    }

    String proofBy(UUID person, JsonNode transfer) {
        return proof(IDENTITY_KEYS, "fundguard-confirmation+jwt", person, enterprise,
                transfer.get("confirmation").get("challenge").asString(), Instant.now().plusSeconds(240));
    }

    @BeforeEach
    void theOwnerConfirmsEverythingAbove50000Yuan() throws Exception {
        mvc.perform(put("/api/enterprises/{e}/confirmation-policy", enterprise).with(as(owner, enterprise))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"currency\":\"CNY\",\"threshold\":\"50000.00\"}"))
                .andExpect(status().isOk());
    }

    JsonNode submit(String amount) throws Exception {
        String body = """
                {"payerAccount": "CN6222000000000003",
                 "payee": {"name": "Shanghai Steel Co.", "accountNumber": "31001234567890", "bankCode": "CCBCCNBJ", "type": "CORPORATE"},
                 "amount": {"value": "%s", "currency": "CNY"}, "purpose": "Invoice 2026-0042", "requestedExecutionDate": "%s"}
                """.formatted(amount, LocalDate.now().plusDays(1));
        return json.readTree(mvc.perform(post("/api/enterprises/{e}/transfers", enterprise).with(as(cashier, enterprise))
                        .header("Idempotency-Key", UUID.randomUUID().toString()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    JsonNode read(JsonNode transfer) throws Exception {
        return json.readTree(mvc.perform(get("/api/enterprises/{e}/transfers/{t}", enterprise, transfer.get("id").asString())
                .with(as(supervisor, enterprise))).andReturn().getResponse().getContentAsString());
    }

    ResultActions approve(JsonNode transfer, UUID decider, String proof) throws Exception {
        var body = json.createObjectNode().put("contentHash", transfer.get("contentHash").asString()).put("opinion", "ok")
                .put("client", "owner-mobile-app");
        if (proof != null) {
            body.put("confirmationProof", proof);
        }
        return mvc.perform(post("/api/enterprises/{e}/transfers/{t}/approve", enterprise, transfer.get("id").asString())
                .with(as(decider, enterprise)).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON).content(body.toString()));
    }

    @Test
    void aDecisionAboveTheThresholdWithoutASecondFactorIsRefused() throws Exception {
        JsonNode transfer = submit("125000.50");

        approve(transfer, supervisor, null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("CONFIRMATION_REQUIRED"));
    }

    @Test
    void aProofOverTheTransfersChallengeIsAcceptedAndKeptWithTheDecision() throws Exception {
        JsonNode transfer = submit("125000.50");
        JsonNode confirmation = transfer.get("confirmation");
        assertThat(confirmation.get("amount").asString()).isEqualTo("125000.50");
        assertThat(confirmation.get("payeeAccount").asString()).isEqualTo("31001234567890");
        assertThat(confirmation.get("step").asInt()).isZero();
        String proof = proofBy(supervisor, transfer);

        approve(transfer, supervisor, proof).andExpect(status().isOk())
                .andExpect(jsonPath("$.decisions[0].confirmedWithSecondFactor").value(true));

        assertThat(jdbc.sql("SELECT second_factor_proof FROM transfer_decision WHERE transfer_id = ?::uuid")
                .param(transfer.get("id").asString()).query(String.class).single()).isEqualTo(proof);
        // The next step has its own challenge: the auditor's proof does not carry over to the owner.
        JsonNode audited = read(transfer);
        assertThat(audited.get("confirmation").get("challenge").asString()).isNotEqualTo(confirmation.get("challenge").asString());
        approve(audited, owner, proof).andExpect(status().isConflict()).andExpect(jsonPath("$.reason").value("CONFIRMATION_MISMATCH"));
    }

    @Test
    void rejectsAProofWhenTheAmountWasChangedAfterTheProof() throws Exception {
        JsonNode transfer = submit("125000.50");
        String proof = proofBy(supervisor, transfer);

        // Someone with database access raises the amount after the auditor confirmed the transfer as it was.
        jdbc.sql("UPDATE transfer_request SET amount = 925000.50 WHERE id = ?::uuid").param(transfer.get("id").asString()).update();

        approve(transfer, supervisor, proof).andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("CONFIRMATION_MISMATCH"));
        assertThat(jdbc.sql("SELECT count(*) FROM transfer_decision WHERE transfer_id = ?::uuid")
                .param(transfer.get("id").asString()).query(Long.class).single()).isZero();
    }

    @Test
    void rejectsAProofOfAnotherPersonOrEnterprise() throws Exception {
        JsonNode transfer = submit("125000.50");
        String challenge = transfer.get("confirmation").get("challenge").asString();

        approve(transfer, supervisor, proofBy(owner, transfer)).andExpect(jsonPath("$.reason").value("CONFIRMATION_MISMATCH"));
        approve(transfer, supervisor, proof(IDENTITY_KEYS, "fundguard-confirmation+jwt", supervisor, UUID.randomUUID(), challenge,
                Instant.now().plusSeconds(240))).andExpect(jsonPath("$.reason").value("CONFIRMATION_MISMATCH"));
    }

    @Test
    void rejectsAForgedExpiredOrMistypedProof() throws Exception {
        JsonNode transfer = submit("125000.50");
        String challenge = transfer.get("confirmation").get("challenge").asString();

        approve(transfer, supervisor, proof(SOMEONE_ELSES_KEYS, "fundguard-confirmation+jwt", supervisor, enterprise, challenge,
                Instant.now().plusSeconds(240))).andExpect(jsonPath("$.reason").value("CONFIRMATION_INVALID"));
        approve(transfer, supervisor, proof(IDENTITY_KEYS, "fundguard-confirmation+jwt", supervisor, enterprise, challenge,
                Instant.now().minusSeconds(120))).andExpect(jsonPath("$.reason").value("CONFIRMATION_INVALID"));
        approve(transfer, supervisor, proof(IDENTITY_KEYS, "JWT", supervisor, enterprise, challenge,
                Instant.now().plusSeconds(240))).andExpect(jsonPath("$.reason").value("CONFIRMATION_INVALID"));
    }

    @Test
    void aDecisionAtOrBelowTheThresholdNeedsNoSecondFactor() throws Exception {
        approve(submit("50000.00"), supervisor, null).andExpect(status().isOk());
    }

    @Test
    void onlyAnAuthorizerSetsTheThreshold() throws Exception {
        mvc.perform(put("/api/enterprises/{e}/confirmation-policy", enterprise).with(as(supervisor, enterprise))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"currency\":\"CNY\",\"threshold\":\"99999999.00\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/enterprises/{e}/confirmation-policy", enterprise).param("currency", "CNY").with(as(supervisor, enterprise)))
                .andExpect(jsonPath("$.threshold").value("50000.00"));
    }
}
