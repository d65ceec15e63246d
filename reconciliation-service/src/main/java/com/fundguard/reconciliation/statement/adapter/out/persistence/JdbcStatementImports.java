package com.fundguard.reconciliation.statement.adapter.out.persistence;

import com.fundguard.reconciliation.statement.application.StatementImports;
import com.fundguard.reconciliation.statement.domain.StatementFormat;
import com.fundguard.reconciliation.statement.domain.StatementImport;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Imports and their bytes in PostgreSQL (bytea): statements are small (kilobytes to a few megabytes), must stay
 * with their import record for audit, and are backed up with it. The parsing issue streams them from here.
 */
public class JdbcStatementImports implements StatementImports {

    private static final String COLUMNS = "id, enterprise_id, format, sha256, size_bytes, imported_at, status";

    private final JdbcClient jdbc;

    public JdbcStatementImports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(StatementImport s, byte[] content) {
        jdbc.sql("INSERT INTO statement_import (" + COLUMNS + ", content) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(s.id(), s.enterpriseId(), s.format().name(), s.sha256(), s.sizeBytes(), Timestamp.from(s.importedAt()),
                        s.status().name(), content)
                .update();
    }

    @Override
    public Optional<StatementImport> find(UUID enterpriseId, UUID importId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM statement_import WHERE enterprise_id = ? AND id = ?")
                .params(enterpriseId, importId).query((rs, n) -> restore(rs)).optional();
    }

    @Override
    public Optional<StatementImport> findByHash(UUID enterpriseId, String sha256) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM statement_import WHERE enterprise_id = ? AND sha256 = ?")
                .params(enterpriseId, sha256).query((rs, n) -> restore(rs)).optional();
    }

    @Override
    public List<StatementImport> latest(UUID enterpriseId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM statement_import WHERE enterprise_id = ? ORDER BY imported_at DESC, id LIMIT ?")
                .params(enterpriseId, limit).query((rs, n) -> restore(rs)).list();
    }

    private static StatementImport restore(ResultSet rs) throws SQLException {
        return new StatementImport(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                StatementFormat.valueOf(rs.getString("format")), rs.getString("sha256"), rs.getLong("size_bytes"),
                rs.getTimestamp("imported_at").toInstant(), StatementImport.Status.valueOf(rs.getString("status")));
    }
}
