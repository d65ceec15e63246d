package com.fundguard.identity.agent.adapter.out.persistence;

import com.fundguard.identity.agent.application.AgentStore;
import com.fundguard.identity.agent.domain.EnrolmentCode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

public class JdbcAgentStore implements AgentStore {

    private final JdbcClient jdbc;

    public JdbcAgentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void addCode(EnrolmentCode code, UUID createdBy, Instant createdAt) {
        jdbc.sql("INSERT INTO agent_enrolment (code_hash, enterprise_id, agent_id, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(code.codeHash(), code.enterpriseId(), code.agentId(), createdBy, Timestamp.from(createdAt), Timestamp.from(code.expiresAt()))
                .update();
    }

    @Override
    public Optional<EnrolmentCode> codeForUpdate(String codeHash) {
        return jdbc.sql("SELECT code_hash, enterprise_id, agent_id, expires_at, used_at FROM agent_enrolment WHERE code_hash = ? FOR UPDATE")
                .param(codeHash)
                .query((rs, n) -> {
                    Timestamp used = rs.getTimestamp("used_at");
                    return new EnrolmentCode(rs.getString("code_hash"), rs.getObject("enterprise_id", UUID.class), rs.getString("agent_id"),
                            rs.getTimestamp("expires_at").toInstant(), used == null ? null : used.toInstant());
                })
                .optional();
    }

    @Override
    public void markUsed(EnrolmentCode code) {
        jdbc.sql("UPDATE agent_enrolment SET used_at = ? WHERE code_hash = ? AND used_at IS NULL")
                .params(Timestamp.from(code.usedAt()), code.codeHash()).update();
    }

    @Override
    public void addCertificate(UUID enterpriseId, String agentId, X509Certificate certificate, String thumbprint) {
        jdbc.sql("INSERT INTO agent_certificate (serial, enterprise_id, agent_id, subject_dn, thumbprint, not_before, not_after) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(new BigDecimal(certificate.getSerialNumber()), enterpriseId, agentId, certificate.getSubjectX500Principal().getName(),
                        thumbprint, Timestamp.from(certificate.getNotBefore().toInstant()), Timestamp.from(certificate.getNotAfter().toInstant()))
                .update();
    }

    @Override
    public Optional<IssuedCertificate> certificate(BigInteger serial) {
        return jdbc.sql("SELECT serial, enterprise_id, agent_id, not_after, revoked_at FROM agent_certificate WHERE serial = ?")
                .param(new BigDecimal(serial))
                .query((rs, n) -> {
                    Timestamp revoked = rs.getTimestamp("revoked_at");
                    return new IssuedCertificate(rs.getBigDecimal("serial").toBigIntegerExact(), rs.getObject("enterprise_id", UUID.class),
                            rs.getString("agent_id"), rs.getTimestamp("not_after").toInstant(), revoked == null ? null : revoked.toInstant());
                })
                .optional();
    }

    @Override
    public boolean revoke(UUID enterpriseId, BigInteger serial, UUID by, Instant at) {
        return jdbc.sql("UPDATE agent_certificate SET revoked_at = ?, revoked_by = ? WHERE serial = ? AND enterprise_id = ? AND revoked_at IS NULL")
                .params(Timestamp.from(at), by, new BigDecimal(serial), enterpriseId).update() == 1;
    }

    @Override
    public Map<BigInteger, Instant> revoked() {
        Map<BigInteger, Instant> revoked = new LinkedHashMap<>();
        // Expired certificates stay listed: a list that forgets them would make a stolen, back-dated clock enough.
        jdbc.sql("SELECT serial, revoked_at FROM agent_certificate WHERE revoked_at IS NOT NULL ORDER BY revoked_at")
                .query(rs -> {
                    revoked.put(rs.getBigDecimal("serial").toBigIntegerExact(), rs.getTimestamp("revoked_at").toInstant());
                });
        return revoked;
    }

    @Override
    public BigInteger nextCrlNumber() {
        return BigInteger.valueOf(jdbc.sql("SELECT nextval('crl_number')").query(Long.class).single());
    }
}
