package com.fundguard.gateway.access;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * identity-service as the issuer of access tokens ({@code fundguard.gateway.identity.*}).
 *
 * @param issuer     the {@code iss} every token must carry
 * @param jwkSetUri  where its signing keys are published
 */
@ConfigurationProperties("fundguard.gateway.identity")
public record IdentityProperties(
        @DefaultValue("http://localhost:8081") String issuer,
        @DefaultValue("http://localhost:8081/oauth2/jwks") URI jwkSetUri) {
}
