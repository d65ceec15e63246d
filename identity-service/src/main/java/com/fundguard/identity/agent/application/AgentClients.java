package com.fundguard.identity.agent.application;

import java.util.UUID;

/** The OAuth client an enrolled agent authenticates as with its certificate (RFC 8705 {@code tls_client_auth}). */
public interface AgentClients {

    /** Registers or updates the agent's client for the certificate subject it proves at the token endpoint. */
    void register(UUID enterpriseId, String agentId, String certificateSubjectDn);

    static String clientId(UUID enterpriseId, String agentId) {
        return "agent." + enterpriseId + "." + agentId;
    }
}
