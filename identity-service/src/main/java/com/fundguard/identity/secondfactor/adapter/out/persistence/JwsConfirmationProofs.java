package com.fundguard.identity.secondfactor.adapter.out.persistence;

import com.fundguard.identity.secondfactor.application.ConfirmationProofs;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/**
 * A confirmation proof is a JWS signed with identity-service's published keys (verifiable with its JWKS), typed
 * {@value #TYPE} so it can never pass for an access token, for the audience approval-service, valid for
 * {@link #VALIDITY}. Its {@code jti} lets approval-service accept each proof once.
 */
public class JwsConfirmationProofs implements ConfirmationProofs {

    public static final String TYPE = "fundguard-confirmation+jwt";
    static final Duration VALIDITY = Duration.ofMinutes(5);

    private final JwtEncoder encoder;
    private final URI issuer;
    private final Clock clock;

    public JwsConfirmationProofs(JwtEncoder encoder, URI issuer, Clock clock) {
        this.encoder = encoder;
        this.issuer = issuer;
        this.clock = clock;
    }

    @Override
    public String sign(UUID userId, UUID enterpriseId, String challenge, String method) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(issuer.toString())
                .subject(userId.toString())
                .audience(List.of("approval-service"))
                .issuedAt(now)
                .expiresAt(now.plus(VALIDITY))
                .id(UUID.randomUUID().toString())
                .claim("enterprise_id", enterpriseId.toString())
                .claim("challenge", challenge)
                .claim("amr", new java.util.ArrayList<>(List.of(method)))
                .build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).type(TYPE).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }
}
