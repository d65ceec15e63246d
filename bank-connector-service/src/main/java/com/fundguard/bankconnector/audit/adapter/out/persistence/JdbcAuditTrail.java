package com.fundguard.bankconnector.audit.adapter.out.persistence;

import com.fundguard.bankconnector.audit.application.AuditTrail;
import com.fundguard.crypto.chain.ChainLink;
import com.fundguard.crypto.chain.HashChain;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

public class JdbcAuditTrail implements AuditTrail {

    private final JdbcClient jdbc;

    public JdbcAuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public void record(UUID enterpriseId, String kind, Map<String, String> facts, Instant at) {
        ObjectNode content = JSON.createObjectNode().put("kind", kind).put("at", at.toString());
        facts.forEach((name, value) -> {
            if (value != null) {
                content.put(name, value);
            }
        });
        String contentJson = content.toString();
        // One writer per enterprise chain at a time, until the transaction ends: the next link needs the last one.
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 7))").param("audit:" + enterpriseId).query().singleRow();
        Optional<ChainLink> last = jdbc.sql("""
                        SELECT sequence, previous_hash, content, hash FROM audit_link WHERE enterprise_id = ?
                        ORDER BY sequence DESC LIMIT 1
                        """)
                .param(enterpriseId).query((rs, n) -> new ChainLink(rs.getLong("sequence"), rs.getString("previous_hash"),
                        rs.getString("content"), rs.getString("hash"))).optional();
        ChainLink link = HashChain.append(last, contentJson);
        jdbc.sql("INSERT INTO audit_link (enterprise_id, sequence, previous_hash, content, hash, recorded_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(enterpriseId, link.sequence(), link.previousHash(), link.content(), link.hash(), Timestamp.from(at)).update();
    }

    @Override
    public HashChain.Verification verify(UUID enterpriseId) {
        List<ChainLink> links = jdbc.sql("SELECT sequence, previous_hash, content, hash FROM audit_link WHERE enterprise_id = ? ORDER BY sequence")
                .param(enterpriseId).query((rs, n) -> new ChainLink(rs.getLong("sequence"), rs.getString("previous_hash"),
                        rs.getString("content"), rs.getString("hash"))).list();
        return HashChain.verify(links);
    }
}
