package com.fundguard.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** Remembering verified tokens, with a real ES256 verifier and a clock the test moves. */
class VerifiedTokensTest {

    final ECKey key = generate();
    final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-23T10:00:00Z"));
    final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    final AtomicInteger verifications = new AtomicInteger();
    final JwtDecoder verifier = verifier();
    final VerifiedTokens tokens = new VerifiedTokens(token -> {
        verifications.incrementAndGet();
        return verifier.decode(token);
    }, clock, 100, Duration.ofMinutes(10));

    @Test
    void aTokenSentAgainIsNotVerifiedAgainWhileItIsValid() {
        String token = sign(now.get().plus(Duration.ofMinutes(5)));

        tokens.decode(token);
        tokens.decode(token);
        now.set(now.get().plus(Duration.ofMinutes(4)));
        tokens.decode(token);

        assertThat(verifications).hasValue(1);
    }

    @Test
    void aRememberedTokenPastItsExpiryIsVerifiedAgainAndRefused() {
        String token = sign(now.get().plus(Duration.ofMinutes(5)));
        tokens.decode(token);

        now.set(now.get().plus(Duration.ofMinutes(6)));

        assertThatThrownBy(() -> tokens.decode(token)).isInstanceOf(JwtException.class);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void aTokenThatFailsIsNotRememberedAsIfItHadPassed() {
        String token = sign(now.get().plus(Duration.ofMinutes(5)));
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");

        assertThatThrownBy(() -> tokens.decode(tampered)).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> tokens.decode(tampered)).isInstanceOf(JwtException.class);
        assertThat(verifications).hasValue(2);
    }

    private JwtDecoder verifier() {
        try {
            com.nimbusds.jwt.proc.DefaultJWTProcessor<com.nimbusds.jose.proc.SecurityContext> processor = new com.nimbusds.jwt.proc.DefaultJWTProcessor<>();
            processor.setJWSKeySelector(new com.nimbusds.jose.proc.JWSVerificationKeySelector<>(JWSAlgorithm.ES256,
                    new com.nimbusds.jose.jwk.source.ImmutableJWKSet<>(new com.nimbusds.jose.jwk.JWKSet(key.toPublicJWK()))));
            processor.setJWTClaimsSetVerifier((claims, context) -> { });
            NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
            JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ZERO);
            timestamps.setClock(clock);
            decoder.setJwtValidator(timestamps);
            return decoder;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String sign(Instant expiry) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).build(), new JWTClaimsSet.Builder()
                    .subject("u-1").issueTime(Date.from(now.get())).expirationTime(Date.from(expiry)).build());
            jwt.sign(new ECDSASigner(key));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ECKey generate() {
        try {
            return new ECKeyGenerator(Curve.P_256).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
