package com.fundguard.identity.rolegrant.adapter.out.persistence;

import com.fundguard.identity.directory.domain.Role;
import com.fundguard.identity.rolegrant.application.RoleGrantStore;
import com.fundguard.identity.rolegrant.domain.RoleGrant;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

public class JdbcRoleGrantStore implements RoleGrantStore {

    private static final String COLUMNS = "id, enterprise_id, user_id, role, state, requested_by, requested_at, decided_by, decided_at";

    private final JdbcClient jdbc;

    public JdbcRoleGrantStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(RoleGrant grant) {
        jdbc.sql("INSERT INTO role_grant (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(grant.id(), grant.enterpriseId(), grant.userId(), grant.role().name(), grant.state().name(),
                        grant.requestedBy(), Timestamp.from(grant.requestedAt()), grant.decidedBy(),
                        grant.decidedAt() == null ? null : Timestamp.from(grant.decidedAt()))
                .update();
    }

    @Override
    public Optional<RoleGrant> findForUpdate(UUID enterpriseId, UUID grantId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM role_grant WHERE enterprise_id = ? AND id = ? FOR UPDATE")
                .params(enterpriseId, grantId).query((rs, n) -> grant(rs)).optional();
    }

    @Override
    public void update(RoleGrant grant) {
        jdbc.sql("UPDATE role_grant SET state = ?, decided_by = ?, decided_at = ? WHERE id = ? AND enterprise_id = ?")
                .params(grant.state().name(), grant.decidedBy(), grant.decidedAt() == null ? null : Timestamp.from(grant.decidedAt()),
                        grant.id(), grant.enterpriseId())
                .update();
    }

    @Override
    public List<RoleGrant> pending(UUID enterpriseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM role_grant WHERE enterprise_id = ? AND state = 'PENDING' ORDER BY requested_at")
                .param(enterpriseId).query((rs, n) -> grant(rs)).list();
    }

    private static RoleGrant grant(ResultSet rs) throws SQLException {
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        return new RoleGrant(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                rs.getObject("user_id", UUID.class), Role.valueOf(rs.getString("role")),
                RoleGrant.State.valueOf(rs.getString("state")), rs.getObject("requested_by", UUID.class),
                rs.getTimestamp("requested_at").toInstant(), rs.getObject("decided_by", UUID.class),
                decidedAt == null ? null : decidedAt.toInstant());
    }
}
