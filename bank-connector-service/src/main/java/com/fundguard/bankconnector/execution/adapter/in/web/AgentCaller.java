package com.fundguard.bankconnector.execution.adapter.in.web;

import com.fundguard.security.caller.AccessRefusedException;
import com.fundguard.security.caller.Caller;
import java.util.UUID;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The enrolled operator agent calling, from its verified access token ({@code sub = agent:<id>}, its enterprise, the
 * OPERATOR role, scope {@code execution}). The gateway checked the token is bound to the agent's certificate and
 * names the certificate's agent and enterprise in {@code X-FundGuard-Agent-Id} and {@code -Enterprise-Id}; both must agree.
 */
record AgentCaller(String agentId, UUID enterpriseId) {

    static final String AGENT_HEADER = "X-FundGuard-Agent-Id";
    static final String ENTERPRISE_HEADER = "X-FundGuard-Enterprise-Id";
    private static final String PREFIX = "agent:";

    static AgentCaller of(Jwt token, String certifiedAgentId, String certifiedEnterpriseId) {
        Caller caller = Caller.of(token);
        if (caller.subject() == null || !caller.subject().startsWith(PREFIX) || !caller.hasScope("execution")
                || !caller.roles().contains("OPERATOR") || caller.enterpriseId().isEmpty()) {
            throw new AccessRefusedException("the execution API is for enrolled operator agents");
        }
        String agentId = caller.subject().substring(PREFIX.length());
        if (certifiedAgentId == null || !certifiedAgentId.equals(agentId)) {
            throw new AccessRefusedException("the token's agent is not the agent of the client certificate");
        }
        UUID enterprise = caller.enterpriseId().orElseThrow();
        if (certifiedEnterpriseId == null || !certifiedEnterpriseId.equals(enterprise.toString())) {
            throw new AccessRefusedException("the token's enterprise is not the enterprise of the client certificate");
        }
        return new AgentCaller(agentId, enterprise);
    }
}
