package com.fundguard.identity.oidc;

import com.fundguard.identity.directory.application.Users;
import com.fundguard.identity.directory.domain.Role;
import com.fundguard.identity.directory.domain.User;
import java.util.UUID;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * What a person's access and ID tokens say beyond the standard claims: the enterprise and the roles held when the
 * token was issued. Roles in a token are a hint for the gateway and the clients; a money-moving act asks
 * identity-service for the roles held at that moment, so a revocation takes effect before the token expires.
 */
class TokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    static final String ENTERPRISE_ID = "enterprise_id";
    static final String ROLES = "roles";

    private final Users users;
    private final AgentTokenClaims agents;

    TokenClaims(Users users, AgentTokenClaims agents) {
        this.users = users;
        this.agents = agents;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            agents.customize(context);
            return;
        }
        UUID userId;
        try {
            userId = UUID.fromString(context.getPrincipal().getName());
        } catch (IllegalArgumentException e) {
            return;
        }
        User user = users.byId(userId).orElseThrow(() -> new IllegalStateException("token for an unknown user " + userId));
        context.getClaims().claims(claims -> {
            claims.put(ENTERPRISE_ID, user.enterpriseId().toString());
            // A mutable list: the claims are stored with the authorization, and its JSON reader admits only known types.
            claims.put(ROLES, new java.util.ArrayList<>(user.roles().stream().map(Role::name).sorted().toList()));
            claims.put("preferred_username", user.username());
            claims.put("name", user.displayName());
        });
    }
}
