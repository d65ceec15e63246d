package com.fundguard.identity.agent.adapter.out.persistence;

import com.fundguard.identity.oidc.AgentTokenClaims;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;

/**
 * An agent's token names the agent ({@code sub = agent:<id>}), its enterprise and the OPERATOR role, read from the
 * client id the platform gave it at enrolment ({@code agent.<enterprise>.<agent>}); a service's token stays as is.
 */
public class AgentTokenClaimsFromClientId implements AgentTokenClaims {

    @Override
    public void customize(JwtEncodingContext context) {
        String clientId = context.getRegisteredClient().getClientId();
        if (!clientId.startsWith("agent.")) {
            return;
        }
        String[] parts = clientId.split("\\.", 3);
        context.getClaims().claims(claims -> {
            claims.put("sub", "agent:" + parts[2]);
            claims.put("agent_id", parts[2]);
            claims.put("enterprise_id", parts[1]);
            claims.put("roles", new ArrayList<>(List.of("OPERATOR")));
        });
    }
}
