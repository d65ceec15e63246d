package com.fundguard.identity.agent.application;

import com.fundguard.identity.agent.domain.EnrolmentCode;
import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

public interface AgentStore {

    void addCode(EnrolmentCode code, UUID createdBy, Instant createdAt);

    Optional<EnrolmentCode> codeForUpdate(String codeHash);

    void markUsed(EnrolmentCode code);

    void addCertificate(UUID enterpriseId, String agentId, X509Certificate certificate, String thumbprint);

    record IssuedCertificate(BigInteger serial, UUID enterpriseId, String agentId, Instant notAfter, Instant revokedAt) {
    }

    Optional<IssuedCertificate> certificate(BigInteger serial);

    /** Marks it revoked; false if it is not this enterprise's or was revoked already. */
    boolean revoke(UUID enterpriseId, BigInteger serial, UUID by, Instant at);

    Map<BigInteger, Instant> revoked();

    BigInteger nextCrlNumber();
}
