package com.fundguard.identity.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fundguard.crypto.canonical.ConfirmationChallenge;
import com.fundguard.test.infrastructure.WithRealInfrastructure;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.data.AuthenticatorAssertionResponse;
import com.webauthn4j.data.PublicKeyCredential;
import com.webauthn4j.data.PublicKeyCredentialCreationOptions;
import com.webauthn4j.data.PublicKeyCredentialRequestOptions;
import com.webauthn4j.data.UserVerificationRequirement;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.data.extension.client.AuthenticationExtensionClientOutput;
import com.webauthn4j.test.EmulatorUtil;
import com.webauthn4j.test.authenticator.webauthn.WebAuthnAuthenticatorAdaptor;
import com.webauthn4j.test.client.ClientPlatform;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Passkeys with a software authenticator (webauthn4j's emulator, real ECDSA attestations and assertions): registered
 * through Spring Security's WebAuthn endpoints, used to sign in, and used to confirm a transfer, where the WebAuthn
 * challenge is the confirmation challenge itself.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithRealInfrastructure
class PasskeyIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final ObjectConverter WEBAUTHN = new ObjectConverter();
    static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
    static final String HASH = "3f".repeat(32);

    @Autowired MockMvc mvc;

    final UUID enterprise = UUID.randomUUID();
    UUID owner;
    final ClientPlatform phone = new ClientPlatform(new Origin("http://localhost"),
            new WebAuthnAuthenticatorAdaptor(EmulatorUtil.NONE_ATTESTATION_AUTHENTICATOR));

    @BeforeEach
    void anOwnerWithAPasskey() throws Exception {
        RequestPostProcessor onboarding = jwt().jwt(t -> t.subject("platform-onboarding").claim("scope", List.of("platform.onboard")));
        mvc.perform(put("/api/enterprises/{e}", enterprise).with(onboarding).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Hangzhou Tea Trading Co.\"}")).andExpect(status().isCreated());
        owner = UUID.fromString(JSON.readTree(mvc.perform(put("/api/enterprises/{e}/users/{u}", enterprise, "owner.liu").with(onboarding)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"Liu\",\"roles\":[\"AUTHORIZER\"],\"password\":\"correct-horse-battery-staple-7\"}"))
                .andReturn().getResponse().getContentAsString()).get("id").asString());

        // Signed in with the password, the owner registers the phone's passkey.
        MockHttpSession session = new MockHttpSession();
        String options = mvc.perform(post("/webauthn/register/options").session(session).with(user(owner.toString())).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var created = phone.create(WEBAUTHN.getJsonConverter().readValue(options, PublicKeyCredentialCreationOptions.class));
        ObjectNode credential = JSON.createObjectNode().put("id", B64URL.encodeToString(created.getRawId()))
                .put("rawId", B64URL.encodeToString(created.getRawId())).put("type", "public-key")
                .put("authenticatorAttachment", "platform");
        credential.putObject("response")
                .put("attestationObject", B64URL.encodeToString(created.getResponse().getAttestationObject()))
                .put("clientDataJSON", B64URL.encodeToString(created.getResponse().getClientDataJSON()))
                .putArray("transports").add("internal");
        credential.putObject("clientExtensionResults");
        ObjectNode registration = JSON.createObjectNode();
        registration.putObject("publicKey").put("label", "Liu's phone").set("credential", credential);
        mvc.perform(post("/webauthn/register").session(session).with(user(owner.toString())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(registration.toString()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.success").value(true));
    }

    static String assertionJson(PublicKeyCredential<AuthenticatorAssertionResponse, AuthenticationExtensionClientOutput> assertion) {
        ObjectNode json = JSON.createObjectNode().put("id", B64URL.encodeToString(assertion.getRawId()))
                .put("rawId", B64URL.encodeToString(assertion.getRawId())).put("type", "public-key")
                .put("authenticatorAttachment", "platform");
        ObjectNode response = json.putObject("response")
                .put("authenticatorData", B64URL.encodeToString(assertion.getResponse().getAuthenticatorData()))
                .put("clientDataJSON", B64URL.encodeToString(assertion.getResponse().getClientDataJSON()))
                .put("signature", B64URL.encodeToString(assertion.getResponse().getSignature()));
        if (assertion.getResponse().getUserHandle() != null) {
            response.put("userHandle", B64URL.encodeToString(assertion.getResponse().getUserHandle()));
        }
        json.putObject("clientExtensionResults");
        return json.toString();
    }

    String confirmation(String amount) {
        return "{\"transferId\":\"4bef2517-544e-428c-8d27-7753c024bbd7\",\"step\":1,\"amount\":\"" + amount
                + "\",\"currency\":\"CNY\",\"payeeAccount\":\"6222020200112233\",\"contentHash\":\"" + HASH + "\"}";
    }

    String challenge(String amount) {
        return ConfirmationChallenge.of(UUID.fromString("4bef2517-544e-428c-8d27-7753c024bbd7"), 1, new BigDecimal(amount),
                Currency.getInstance("CNY"), "6222020200112233", HASH);
    }

    String signedBy(String challengeHex) {
        var options = new PublicKeyCredentialRequestOptions(new DefaultChallenge(HexFormat.of().parseHex(challengeHex)), 60_000L,
                "localhost", null, UserVerificationRequirement.REQUIRED, null);
        return assertionJson(phone.get(options));
    }

    ResultActions confirm(String confirmation, String assertion) throws Exception {
        return mvc.perform(post("/api/enterprises/{e}/confirmations", enterprise)
                .with(jwt().jwt(t -> t.subject(owner.toString()).claim("enterprise_id", enterprise.toString())))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"confirmation\":" + confirmation + ",\"method\":\"PASSKEY\",\"assertion\":" + assertion + "}"));
    }

    @Test
    void theOwnerSignsInWithThePasskeyInsteadOfAPassword() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String options = mvc.perform(post("/webauthn/authenticate/options").session(session).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        String assertion = assertionJson(phone.get(WEBAUTHN.getJsonConverter().readValue(options, PublicKeyCredentialRequestOptions.class)));

        mvc.perform(post("/login/webauthn").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(assertion))
                .andExpect(status().isOk()).andExpect(jsonPath("$.authenticated").value(true));

        // The passkey session carries on into the mobile app's authorization code flow.
        String verifier = "a-verifier-of-at-least-forty-three-characters-0001";
        // Spring Authorization Server reads the authorization request from the query string itself.
        String redirect = mvc.perform(get("/oauth2/authorize?response_type=code&client_id=fundguard-mobile"
                        + "&redirect_uri=com.fundguard.owner:/callback&scope=openid&state=s1&code_challenge_method=S256&code_challenge="
                        + com.fundguard.test.oidc.OidcBrowserSignIn.challenge(verifier)).session(session))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String code = redirect.replaceAll(".*[?&]code=([^&]+).*", "$1");
        mvc.perform(post("/oauth2/token").param("grant_type", "authorization_code").param("client_id", "fundguard-mobile")
                        .param("redirect_uri", "com.fundguard.owner:/callback").param("code", java.net.URLDecoder.decode(code, java.nio.charset.StandardCharsets.US_ASCII))
                        .param("code_verifier", verifier))
                .andExpect(status().isOk()).andExpect(jsonPath("$.access_token").exists());
    }

    @Test
    void aPasskeyAssertionOverTheConfirmationChallengeYieldsAProofOfThatChallenge() throws Exception {
        String body = confirm(confirmation("125000.00"), signedBy(challenge("125000.00")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();

        var proof = com.nimbusds.jwt.SignedJWT.parse(JSON.readTree(body).get("proof").asString()).getJWTClaimsSet();
        assertThat(proof.getStringClaim("challenge")).isEqualTo(challenge("125000.00"));
        assertThat(proof.getStringListClaim("amr")).containsExactly("passkey");
    }

    @Test
    void rejectsAPasskeyAssertionMadeForOtherContent() throws Exception {
        confirm(confirmation("925000.00"), signedBy(challenge("125000.00")))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.rule").value("WRONG_CODE"));
    }
}
