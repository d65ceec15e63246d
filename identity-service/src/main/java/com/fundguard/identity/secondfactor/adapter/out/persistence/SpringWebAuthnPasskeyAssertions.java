package com.fundguard.identity.secondfactor.adapter.out.persistence;

import com.fundguard.identity.secondfactor.application.PasskeyAssertions;
import com.fundguard.identity.secondfactor.domain.SecondFactorRefused;
import java.time.Duration;
import java.util.UUID;
import org.springframework.security.web.webauthn.api.AuthenticatorAssertionResponse;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.PublicKeyCredential;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.jackson.WebauthnJacksonModule;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The passkey check with Spring Security's relying party (webauthn4j underneath): the request options carry the
 * confirmation challenge itself, so the authenticator's signature covers the transfer's content.
 */
public class SpringWebAuthnPasskeyAssertions implements PasskeyAssertions {

    private static final JsonMapper JSON = JsonMapper.builder().addModule(new WebauthnJacksonModule()).build();

    private final WebAuthnRelyingPartyOperations relyingParty;
    private final String rpId;

    public SpringWebAuthnPasskeyAssertions(WebAuthnRelyingPartyOperations relyingParty, String rpId) {
        this.relyingParty = relyingParty;
        this.rpId = rpId;
    }

    @Override
    public void verify(UUID userId, byte[] challenge, String assertionJson) {
        PublicKeyCredentialUserEntity who;
        try {
            PublicKeyCredential<AuthenticatorAssertionResponse> credential =
                    JSON.readValue(assertionJson, new TypeReference<PublicKeyCredential<AuthenticatorAssertionResponse>>() { });
            PublicKeyCredentialRequestOptions options = PublicKeyCredentialRequestOptions.builder()
                    .challenge(new Bytes(challenge)).rpId(rpId).timeout(Duration.ofMinutes(5))
                    .userVerification(UserVerificationRequirement.REQUIRED).build();
            who = relyingParty.authenticate(new RelyingPartyAuthenticationRequest(options, credential));
        } catch (RuntimeException e) {
            throw new SecondFactorRefused(SecondFactorRefused.Reason.WRONG_CODE,
                    "the passkey did not sign this confirmation's challenge");
        }
        if (who == null || !userId.toString().equals(who.getName())) {
            throw new SecondFactorRefused(SecondFactorRefused.Reason.WRONG_CODE, "the passkey is another person's");
        }
    }
}
