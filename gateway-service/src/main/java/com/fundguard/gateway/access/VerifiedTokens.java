package com.fundguard.gateway.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers tokens it has already verified, until they expire: a client sends the same access token with every
 * request, and checking its ECDSA signature each time was the largest part of the gateway's own work. A token is
 * only ever taken from here as the exact string that was verified, and never past its {@code exp}; a token that
 * failed is not remembered (so a key rotation or a fixed clock is seen at once).
 */
final class VerifiedTokens implements JwtDecoder {

    private final JwtDecoder verifier;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    VerifiedTokens(JwtDecoder verifier, Clock clock, long capacity, Duration longest) {
        this.verifier = verifier;
        this.clock = clock;
        this.verified = Caffeine.newBuilder().maximumSize(capacity).expireAfterWrite(longest).build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.getIfPresent(token);
        if (known != null && known.getExpiresAt() != null && clock.instant().isBefore(known.getExpiresAt())) {
            return known;
        }
        Jwt jwt = verifier.decode(token);
        if (jwt.getExpiresAt() != null) {
            verified.put(token, jwt);
        }
        return jwt;
    }
}
