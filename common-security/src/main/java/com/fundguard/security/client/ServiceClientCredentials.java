package com.fundguard.security.client;

import java.net.URI;
import java.util.Set;

/**
 * A service's own OAuth 2 client at identity-service: where to get tokens and as whom. The secret comes from the
 * environment; {@link #toString()} never shows it.
 */
public record ServiceClientCredentials(URI tokenUri, String clientId, String clientSecret, Set<String> scopes) {

    /** The service's own client from {@code fundguard.service-client.*}, or an unconfigured one. */
    public static ServiceClientCredentials bind(org.springframework.core.env.Environment environment) {
        return org.springframework.boot.context.properties.bind.Binder.get(environment)
                .bind("fundguard.service-client", ServiceClientCredentials.class)
                .orElse(new ServiceClientCredentials(null, null, null, Set.of()));
    }

    public boolean configured() {
        return tokenUri != null && clientId != null && !clientId.isBlank() && clientSecret != null && !clientSecret.isBlank();
    }

    @Override
    public String toString() {
        return "ServiceClientCredentials[tokenUri=" + tokenUri + ", clientId=" + clientId + ", scopes=" + scopes + "]";
    }
}
