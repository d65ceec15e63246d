package com.fundguard.identity.oidc;

import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;

/**
 * Claims of a client-credentials token: an enrolled operator agent's tokens name its enterprise, the OPERATOR role
 * and {@code sub = agent:<id>}; a service's tokens carry only their scopes.
 */
@FunctionalInterface
public interface AgentTokenClaims {

    void customize(JwtEncodingContext context);

    static AgentTokenClaims none() {
        return context -> {
        };
    }
}
