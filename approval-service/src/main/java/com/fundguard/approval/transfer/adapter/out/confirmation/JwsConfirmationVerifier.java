package com.fundguard.approval.transfer.adapter.out.confirmation;

import com.fundguard.approval.transfer.application.ConfirmationVerifier;
import com.fundguard.approval.transfer.domain.DecisionRefused;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import java.net.URI;
import java.security.interfaces.RSAPublicKey;
import java.util.UUID;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Verifies identity-service's confirmation proofs: RS256 over identity-service's published keys, JOSE type
 * {@value #TYPE} (an access token is not a proof, and a proof is not an access token), audience approval-service,
 * not expired. Any failure is the same refusal; the proof's text is never echoed.
 */
public class JwsConfirmationVerifier implements ConfirmationVerifier {

    static final String TYPE = "fundguard-confirmation+jwt";

    private final NimbusJwtDecoder decoder;

    private JwsConfirmationVerifier(NimbusJwtDecoder decoder) {
        this.decoder = decoder;
        OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<java.util.List<String>>("aud",
                aud -> aud != null && aud.contains("approval-service"));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(), audience));
    }

    /** Keys from identity-service's JWKS (cached by the decoder), fetched with {@code keyReads}. */
    public static JwsConfirmationVerifier fromJwkSet(URI jwkSetUri, org.springframework.web.client.RestOperations keyReads) {
        return new JwsConfirmationVerifier(NimbusJwtDecoder.withJwkSetUri(jwkSetUri.toString())
                .restOperations(keyReads)
                .jwtProcessorCustomizer(processor -> processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType(TYPE))))
                .build());
    }

    /** A fixed key: for tests that sign proofs themselves. */
    public static JwsConfirmationVerifier fromKey(RSAPublicKey key) {
        return new JwsConfirmationVerifier(NimbusJwtDecoder.withPublicKey(key)
                .jwtProcessorCustomizer(processor -> processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType(TYPE))))
                .build());
    }

    @Override
    public VerifiedConfirmation verify(String proof) {
        try {
            Jwt jwt = decoder.decode(proof);
            return new VerifiedConfirmation(UUID.fromString(jwt.getSubject()), UUID.fromString(jwt.getClaimAsString("enterprise_id")),
                    jwt.getClaimAsString("challenge"));
        } catch (JwtException | IllegalArgumentException | NullPointerException e) {
            throw new DecisionRefused(DecisionRefused.Reason.CONFIRMATION_INVALID,
                    "the confirmation proof is not a valid, unexpired proof from identity-service");
        }
    }
}
