package com.fundguard.rules.ruleset.adapter.out.persistence;

import com.fundguard.rules.ruleset.application.ConcurrentRuleSetChangeException;
import com.fundguard.rules.ruleset.application.RuleSets;
import com.fundguard.rules.ruleset.domain.RuleSet;
import com.fundguard.rules.ruleset.domain.RuleSetState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rule sets in PostgreSQL; the definition is JSONB so later issues can query it. */
public class JdbcRuleSets implements RuleSets {

    private final JdbcClient jdbc;

    public JdbcRuleSets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int nextVersion(UUID enterpriseId) {
        // Serialises drafting per enterprise, so two drafts never take the same version number.
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))").param("rule_set_version:" + enterpriseId).query(Object.class).single();
        return jdbc.sql("SELECT coalesce(max(version), 0) + 1 FROM rule_set WHERE enterprise_id = ?")
                .param(enterpriseId).query(Integer.class).single();
    }

    @Override
    public void add(RuleSet r) {
        jdbc.sql("""
                        INSERT INTO rule_set (id, enterprise_id, version, state, definition, author_id, drafted_at, row_version)
                        VALUES (?, ?, ?, ?, ?::jsonb, ?, ?, 0)
                        """)
                .params(r.id(), r.enterpriseId(), r.version(), r.state().name(), r.definition(), r.authorId(),
                        Timestamp.from(r.draftedAt()))
                .update();
    }

    @Override
    public void update(RuleSet r) {
        int updated = jdbc.sql("""
                        UPDATE rule_set SET state = ?, published_by = ?, published_at = ?, retired_at = ?, row_version = row_version + 1
                        WHERE enterprise_id = ? AND id = ? AND row_version = ?
                        """)
                .params(r.state().name(), r.publishedBy().orElse(null), r.publishedAt().map(Timestamp::from).orElse(null),
                        r.retiredAt().map(Timestamp::from).orElse(null), r.enterpriseId(), r.id(), r.rowVersion())
                .update();
        if (updated != 1) {
            throw new ConcurrentRuleSetChangeException("rule set version " + r.version() + " was changed by someone else meanwhile");
        }
    }

    @Override
    public Optional<RuleSet> find(UUID enterpriseId, UUID ruleSetId) {
        return jdbc.sql("SELECT * FROM rule_set WHERE enterprise_id = ? AND id = ?").params(enterpriseId, ruleSetId)
                .query((rs, n) -> restore(rs)).optional();
    }

    @Override
    public Optional<RuleSet> published(UUID enterpriseId) {
        return jdbc.sql("SELECT * FROM rule_set WHERE enterprise_id = ? AND state = 'PUBLISHED'").param(enterpriseId)
                .query((rs, n) -> restore(rs)).optional();
    }

    @Override
    public List<RuleSet> all(UUID enterpriseId) {
        return jdbc.sql("SELECT * FROM rule_set WHERE enterprise_id = ? ORDER BY version DESC").param(enterpriseId)
                .query((rs, n) -> restore(rs)).list();
    }

    private static RuleSet restore(ResultSet rs) throws SQLException {
        return new RuleSet(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class), rs.getInt("version"),
                RuleSetState.valueOf(rs.getString("state")), rs.getString("definition"), rs.getObject("author_id", UUID.class),
                rs.getTimestamp("drafted_at").toInstant(), Optional.ofNullable(rs.getObject("published_by", UUID.class)),
                instant(rs, "published_at"), instant(rs, "retired_at"), rs.getLong("row_version"));
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getTimestamp(column)).map(Timestamp::toInstant);
    }
}
