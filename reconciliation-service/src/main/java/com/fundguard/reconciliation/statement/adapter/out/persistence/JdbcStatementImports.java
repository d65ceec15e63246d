package com.fundguard.reconciliation.statement.adapter.out.persistence;

import com.fundguard.reconciliation.statement.application.StatementImports;
import com.fundguard.reconciliation.statement.application.StatementLines;
import com.fundguard.reconciliation.statement.domain.ImportSummary;
import com.fundguard.reconciliation.statement.domain.StatementFormat;
import com.fundguard.reconciliation.statement.domain.StatementImport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.largeobject.LargeObject;
import org.postgresql.largeobject.LargeObjectManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Imports, their statements and lines in PostgreSQL. The file itself is a large object (its oid on the import row):
 * written and read in chunks through PgJDBC's LargeObjectManager, inside the import's transaction, so it is kept
 * with its lines or not at all and a 1 GB file costs no more heap than a small one. A bytea value would have to be
 * bound whole; files on a disk beside the database would not roll back with the import.
 */
public class JdbcStatementImports implements StatementImports {

    private static final String COLUMNS = "id, enterprise_id, format, csv_mapping, sha256, size_bytes, imported_at, "
            + "status, statement_count, entry_count, period_from, period_to";
    private static final int CHUNK = 256 * 1024;

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final int batchSize;

    public JdbcStatementImports(JdbcClient jdbc, DataSource dataSource, int batchSize) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.batchSize = batchSize;
    }

    @Override
    public void claim(UUID importId, UUID enterpriseId, StatementFormat format, Optional<String> csvMapping,
                      String sha256, long sizeBytes, Instant importedAt) {
        jdbc.sql("INSERT INTO statement_import (id, enterprise_id, format, csv_mapping, sha256, size_bytes, imported_at,"
                        + " status, statement_count, entry_count) VALUES (?, ?, ?, ?, ?, ?, ?, 'IMPORTED', 0, 0)")
                .params(importId, enterpriseId, format.name(), csvMapping.orElse(null), sha256, sizeBytes,
                        Timestamp.from(importedAt))
                .update();
    }

    @Override
    public void keepContent(UUID importId, Path file) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            LargeObjectManager objects = connection.unwrap(PGConnection.class).getLargeObjectAPI();
            long oid = objects.createLO(LargeObjectManager.READWRITE);
            LargeObject object = objects.open(oid, LargeObjectManager.WRITE);
            try (InputStream in = Files.newInputStream(file)) {
                byte[] chunk = new byte[CHUNK];
                int n;
                while ((n = in.read(chunk)) > 0) {
                    object.write(chunk, 0, n);
                }
            } finally {
                object.close();
            }
            jdbc.sql("UPDATE statement_import SET content_oid = ? WHERE id = ?").params(oid, importId).update();
        } catch (SQLException e) {
            throw new IllegalStateException("keeping the statement file as a large object", e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the staged statement file", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    @Override
    public StatementLines lines(UUID enterpriseId, UUID importId) {
        return new JdbcStatementLines(dataSource, enterpriseId, importId, batchSize);
    }

    @Override
    public void complete(UUID importId, ImportSummary summary) {
        jdbc.sql("UPDATE statement_import SET statement_count = ?, entry_count = ?, period_from = ?, period_to = ?"
                        + " WHERE id = ?")
                .params(summary.statements(), summary.entries(), summary.from().map(Date::valueOf).orElse(null),
                        summary.to().map(Date::valueOf).orElse(null), importId)
                .update();
    }

    @Override
    public Optional<StatementImport> find(UUID enterpriseId, UUID importId) {
        return withAccounts(jdbc.sql("SELECT " + COLUMNS + " FROM statement_import WHERE enterprise_id = ? AND id = ?")
                .params(enterpriseId, importId).query((rs, n) -> restore(rs)).list()).stream().findFirst();
    }

    @Override
    public Optional<StatementImport> findByHash(UUID enterpriseId, String sha256) {
        return withAccounts(jdbc.sql("SELECT " + COLUMNS + " FROM statement_import WHERE enterprise_id = ? AND sha256 = ?")
                .params(enterpriseId, sha256).query((rs, n) -> restore(rs)).list()).stream().findFirst();
    }

    @Override
    public List<StatementImport> latest(UUID enterpriseId, int limit) {
        return withAccounts(jdbc.sql("SELECT " + COLUMNS + " FROM statement_import WHERE enterprise_id = ?"
                        + " ORDER BY imported_at DESC, id LIMIT ?")
                .params(enterpriseId, limit).query((rs, n) -> restore(rs)).list());
    }

    /** A row read, its accounts still to come from its statements. */
    private record Row(StatementImport withoutAccounts) {
    }

    private static Row restore(ResultSet rs) throws SQLException {
        StatementImport.Status status = StatementImport.Status.valueOf(rs.getString("status"));
        Optional<ImportSummary> summary = status == StatementImport.Status.IMPORTED
                ? Optional.of(new ImportSummary(rs.getInt("statement_count"), rs.getLong("entry_count"), List.of(),
                Optional.ofNullable(rs.getDate("period_from")).map(Date::toLocalDate),
                Optional.ofNullable(rs.getDate("period_to")).map(Date::toLocalDate)))
                : Optional.empty();
        return new Row(new StatementImport(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                StatementFormat.valueOf(rs.getString("format")), Optional.ofNullable(rs.getString("csv_mapping")),
                rs.getString("sha256"), rs.getLong("size_bytes"), rs.getTimestamp("imported_at").toInstant(), status,
                summary));
    }

    /** Each import's accounts, from its statements, in one query for all the imports asked for. */
    private List<StatementImport> withAccounts(List<Row> rows) {
        List<UUID> ids = rows.stream().map(r -> r.withoutAccounts().id()).toList();
        Map<UUID, List<ImportSummary.AccountPeriod>> accounts = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT import_id, account, currency, min(period_from) AS period_from, max(period_to) AS period_to,"
                            + " sum(entry_count) AS entries, min(position) AS first FROM bank_statement"
                            + " WHERE import_id IN (:ids) GROUP BY import_id, account, currency ORDER BY import_id, first")
                    .param("ids", ids)
                    .query(rs -> {
                        accounts.computeIfAbsent(rs.getObject("import_id", UUID.class), id -> new ArrayList<>())
                                .add(new ImportSummary.AccountPeriod(rs.getString("account"),
                                        Currency.getInstance(rs.getString("currency")), date(rs, "period_from"),
                                        date(rs, "period_to"), rs.getLong("entries")));
                    });
        }
        return rows.stream().map(Row::withoutAccounts).map(s -> s.summary().isEmpty() ? s
                : new StatementImport(s.id(), s.enterpriseId(), s.format(), s.csvMapping(), s.sha256(), s.sizeBytes(),
                s.importedAt(), s.status(), s.summary().map(summary -> new ImportSummary(summary.statements(),
                summary.entries(), accounts.getOrDefault(s.id(), List.of()), summary.from(), summary.to()))))
                .toList();
    }

    private static Optional<LocalDate> date(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getDate(column)).map(Date::toLocalDate);
    }
}
