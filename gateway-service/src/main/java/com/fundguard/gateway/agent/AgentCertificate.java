package com.fundguard.gateway.agent;

import java.util.UUID;

/**
 * An operator agent as its verified client certificate names it.
 *
 * @param thumbprint the certificate's {@code x5t#S256} (base64url SHA-256 of the DER encoding, RFC 8705), which a
 *                   token bound to it carries in {@code cnf}
 */
public record AgentCertificate(UUID enterpriseId, String agentId, String thumbprint) {
}
