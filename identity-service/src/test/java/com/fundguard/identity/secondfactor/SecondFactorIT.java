package com.fundguard.identity.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fundguard.crypto.canonical.ConfirmationChallenge;
import com.fundguard.crypto.otp.Totp;
import com.fundguard.sms.SmsMessage;
import com.fundguard.sms.SmsSender;
import com.fundguard.test.infrastructure.WithRealInfrastructure;
import com.fundguard.test.time.TotpSteps;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.bouncycastle.util.encoders.Base32;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/** TOTP, SMS codes and content-bound confirmation proofs, on real PostgreSQL, through the API. */
@SpringBootTest
@AutoConfigureMockMvc
@WithRealInfrastructure
@ExtendWith(OutputCaptureExtension.class)
class SecondFactorIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String HASH = "3f".repeat(32);

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired SmsSender sms;
    @Autowired JwtDecoder keys;
    @Autowired com.nimbusds.jose.jwk.source.JWKSource<com.nimbusds.jose.proc.SecurityContext> signingKeys;

    final UUID enterprise = UUID.randomUUID();
    UUID owner;

    @BeforeEach
    void anOwner() throws Exception {
        RequestPostProcessor onboarding = jwt().jwt(t -> t.subject("platform-onboarding").claim("scope", List.of("platform.onboard")));
        mvc.perform(put("/api/enterprises/{e}", enterprise).with(onboarding).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Hangzhou Tea Trading Co.\"}")).andExpect(status().isCreated());
        String body = mvc.perform(put("/api/enterprises/{e}/users/{u}", enterprise, "owner.liu").with(onboarding)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"Liu\",\"roles\":[\"AUTHORIZER\"],\"password\":\"correct-horse-battery-staple-7\"}"))
                .andReturn().getResponse().getContentAsString();
        owner = UUID.fromString(JSON.readTree(body).get("id").asString());
    }

    RequestPostProcessor asOwner() {
        return jwt().jwt(t -> t.subject(owner.toString()).claim("enterprise_id", enterprise.toString())
                .claim("roles", List.of("AUTHORIZER")).claim("preferred_username", "owner.liu"));
    }

    String confirmation(String amount, int step) {
        return "{\"transferId\":\"4bef2517-544e-428c-8d27-7753c024bbd7\",\"step\":" + step + ",\"amount\":\"" + amount
                + "\",\"currency\":\"CNY\",\"payeeAccount\":\"6222020200112233\",\"contentHash\":\"" + HASH + "\"}";
    }

    String challenge(String amount, int step) {
        return ConfirmationChallenge.of(UUID.fromString("4bef2517-544e-428c-8d27-7753c024bbd7"), step, new BigDecimal(amount),
                Currency.getInstance("CNY"), "6222020200112233", HASH);
    }

    ResultActions confirm(String confirmation, String method, String code, UUID smsCodeId) throws Exception {
        return mvc.perform(post("/api/enterprises/{e}/confirmations", enterprise).with(asOwner()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"confirmation\":" + confirmation + ",\"method\":\"" + method + "\",\"code\":\"" + code + "\""
                        + (smsCodeId == null ? "" : ",\"smsCodeId\":\"" + smsCodeId + "\"") + "}"));
    }

    Totp enrolledAuthenticator() throws Exception {
        String body = mvc.perform(post("/api/identity/me/totp").with(asOwner()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        var enrolment = JSON.readTree(body);
        String uri = enrolment.get("otpauthUri").asString();
        assertThat(uri).startsWith("otpauth://totp/FundGuard%3Aowner.liu?secret=");
        var png = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(enrolment.get("qrCodePng").asString())));
        assertThat(png.getWidth()).isEqualTo(256);
        String secret = URLDecoder.decode(uri.substring(uri.indexOf("secret=") + 7, uri.indexOf('&')), StandardCharsets.UTF_8);
        byte[] raw = Base32.decode(secret);
        // At rest the seed is envelope-encrypted: the stored bytes do not contain it.
        byte[] stored = jdbc.sql("SELECT secret FROM totp_credential WHERE user_id = ?").param(owner).query(byte[].class).single();
        assertThat(java.util.HexFormat.of().formatHex(stored)).doesNotContain(java.util.HexFormat.of().formatHex(raw));
        assertThat(stored.length).isGreaterThan(raw.length + 32);
        return Totp.standard(raw);
    }

    @Test
    void aTotpCodeProvesTheConfirmationOnceAndTheProofIsSignedOverTheChallenge() throws Exception {
        Totp authenticator = enrolledAuthenticator();
        // The previous step's code activates, the current one confirms: both must arrive in the step they were made for.
        Instant now = TotpSteps.nowWithAtLeast(Duration.ofSeconds(15));
        mvc.perform(post("/api/identity/me/totp/activation").with(asOwner()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"" + authenticator.code(now.minusSeconds(30)) + "\"}")).andExpect(status().isNoContent());

        String code = authenticator.code(now);
        String body = confirm(confirmation("125000.00", 1), "TOTP", code, null).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();

        String proofText = JSON.readTree(body).get("proof").asString();
        var proof = com.nimbusds.jwt.SignedJWT.parse(proofText);
        var key = signingKeys.get(new com.nimbusds.jose.jwk.JWKSelector(new com.nimbusds.jose.jwk.JWKMatcher.Builder()
                .keyID(proof.getHeader().getKeyID()).build()), null).getFirst().toRSAKey();
        assertThat(proof.verify(new com.nimbusds.jose.crypto.RSASSAVerifier(key))).isTrue();
        assertThat(proof.getJWTClaimsSet().getStringClaim("challenge")).isEqualTo(challenge("125000.00", 1));
        assertThat(proof.getJWTClaimsSet().getSubject()).isEqualTo(owner.toString());
        assertThat(proof.getJWTClaimsSet().getAudience()).containsExactly("approval-service");
        assertThat(proof.getHeader().getType().getType()).isEqualTo("fundguard-confirmation+jwt");
        // A proof is no access token: the resource server's decoder refuses its type.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> keys.decode(proofText))
                .isInstanceOf(org.springframework.security.oauth2.jwt.JwtException.class);
        confirm(confirmation("125000.00", 1), "TOTP", code, null)
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.rule").value("REPLAYED"));
    }

    @Test
    void aWrongOrTooOldTotpCodeIsRefused() throws Exception {
        Totp authenticator = enrolledAuthenticator();
        mvc.perform(post("/api/identity/me/totp/activation").with(asOwner()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"" + authenticator.code(Instant.now().minusSeconds(300)) + "\"}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.rule").value("WRONG_CODE"));
        confirm(confirmation("1.00", 0), "TOTP", authenticator.code(Instant.now()), null)
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.rule").value("NOT_ENROLLED"));
    }

    UUID sendSms(String confirmation) throws Exception {
        String body = mvc.perform(post("/api/enterprises/{e}/confirmations/sms-codes", enterprise).with(asOwner())
                .contentType(MediaType.APPLICATION_JSON).content(confirmation)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return UUID.fromString(JSON.readTree(body).get("smsCodeId").asString());
    }

    String lastSmsText() {
        return jdbc.sql("SELECT text FROM sandbox_sms WHERE phone_number = '+8613800138000' ORDER BY id DESC LIMIT 1").query(String.class).single();
    }

    @Test
    void anSmsCodeNamesAmountAndPayeeAndWorksOnceForItsOwnChallengeOnly(CapturedOutput output) throws Exception {
        mvc.perform(put("/api/identity/me/phone-number").with(asOwner()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"phoneNumber\":\"+8613800138000\"}")).andExpect(status().isNoContent());
        UUID sent = sendSms(confirmation("125000.00", 1));
        String text = lastSmsText();
        assertThat(text).contains("125000.00 CNY", "6222020200112233");
        String code = text.substring("FundGuard ".length(), "FundGuard ".length() + 6);

        confirm(confirmation("125000.01", 1), "SMS", code, sent)
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.rule").value("OTHER_CHALLENGE"));
        confirm(confirmation("125000.00", 1), "SMS", code, sent).andExpect(status().isCreated());
        confirm(confirmation("125000.00", 1), "SMS", code, sent)
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.rule").value("USED"));
        assertThat(output.getAll()).doesNotContain(code);
    }

    @Test
    void threeWrongSmsCodesUseUpTheCodeAndTheSixthCodeInAQuarterHourIsRefused() throws Exception {
        mvc.perform(put("/api/identity/me/phone-number").with(asOwner()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"phoneNumber\":\"+8613800138000\"}")).andExpect(status().isNoContent());
        UUID sent = sendSms(confirmation("10.00", 0));
        String code = lastSmsText().substring(10, 16);
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 3; i++) {
            confirm(confirmation("10.00", 0), "SMS", wrong, sent).andExpect(jsonPath("$.rule").value("WRONG_CODE"));
        }
        confirm(confirmation("10.00", 0), "SMS", code, sent).andExpect(jsonPath("$.rule").value("TOO_MANY_ATTEMPTS"));

        for (int i = 0; i < 4; i++) {
            sendSms(confirmation("10.00", 0));
        }
        mvc.perform(post("/api/enterprises/{e}/confirmations/sms-codes", enterprise).with(asOwner())
                        .contentType(MediaType.APPLICATION_JSON).content(confirmation("10.00", 0)))
                .andExpect(status().isTooManyRequests()).andExpect(jsonPath("$.rule").value("RATE_LIMITED"));
    }

    @Test
    void theSmsIsNamedByItsCodesIdAndTheSandboxKeepsARepeatedIdOnce() throws Exception {
        mvc.perform(put("/api/identity/me/phone-number").with(asOwner()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"phoneNumber\":\"+8613800138000\"}")).andExpect(status().isNoContent());
        UUID sent = sendSms(confirmation("20.00", 0));
        String text = lastSmsText();

        sms.send(new SmsMessage(sent.toString(), "+8613800138000", text));

        assertThat(jdbc.sql("SELECT count(*) FROM sandbox_sms WHERE message_id = ?").param(sent.toString())
                .query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void nobodyConfirmsForAnotherEnterprise() throws Exception {
        mvc.perform(post("/api/enterprises/{e}/confirmations", UUID.randomUUID()).with(asOwner()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"confirmation\":" + confirmation("1.00", 0) + ",\"method\":\"TOTP\",\"code\":\"123456\"}"))
                .andExpect(status().isForbidden());
    }
}
