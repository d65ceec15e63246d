package com.fundguard.gateway.agent;

/** What checking an agent's client certificate found. */
public sealed interface Verification {

    record Verified(AgentCertificate agent) implements Verification {
    }

    record Rejected(Reason reason) implements Verification {
    }

    /** No valid revocation list (or no CA) to check against: the gateway fails closed. */
    record RevocationStatusUnknown() implements Verification {
    }

    enum Reason {
        /** Not signed by the platform CA. */
        UNTRUSTED,
        EXPIRED,
        REVOKED,
        /** Signed by the CA but not an agent's certificate (no clientAuth, not OU=operator-agent, no valid names). */
        NOT_AN_AGENT_CERTIFICATE
    }
}
