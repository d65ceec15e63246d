package com.fundguard.reconciliation.statement.adapter.out.persistence;

import com.fundguard.reconciliation.statement.application.StatementPulls;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One row per account and day asked of the bank ({@code statement_pull}, V8). */
public class JdbcStatementPulls implements StatementPulls {

    /** Longest reason kept: a bank's error text is not ours to store without bound. */
    private static final int MAX_ERROR = 1000;

    private final JdbcClient jdbc;

    public JdbcStatementPulls(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<LocalDate> lastAsked(UUID enterpriseId, String account) {
        return jdbc.sql("SELECT max(statement_date) FROM statement_pull WHERE enterprise_id = ? AND account = ?")
                .params(enterpriseId, account).query(LocalDate.class).optional();
    }

    @Override
    public List<LocalDate> failedDays(UUID enterpriseId, String account) {
        return jdbc.sql("SELECT statement_date FROM statement_pull WHERE enterprise_id = ? AND account = ? AND status = 'FAILED' ORDER BY statement_date")
                .params(enterpriseId, account).query(LocalDate.class).list();
    }

    @Override
    public boolean fetched(UUID enterpriseId, String account, LocalDate day, String bankCode, UUID importId, Instant at) {
        return jdbc.sql("""
                        INSERT INTO statement_pull (enterprise_id, account, statement_date, bank_code, status, import_id, attempts, first_asked_at, last_asked_at)
                        VALUES (?, ?, ?, ?, 'FETCHED', ?, 1, ?, ?)
                        ON CONFLICT (enterprise_id, account, statement_date) DO UPDATE
                           SET status = 'FETCHED', import_id = EXCLUDED.import_id, bank_code = EXCLUDED.bank_code,
                               attempts = statement_pull.attempts + 1, last_error = NULL, last_asked_at = EXCLUDED.last_asked_at
                         WHERE statement_pull.status = 'FAILED'
                        """)
                .params(enterpriseId, account, day, bankCode, importId, Timestamp.from(at), Timestamp.from(at)).update() == 1;
    }

    @Override
    public void failed(UUID enterpriseId, String account, LocalDate day, String bankCode, String why, Instant at) {
        String reason = why == null ? "no reason given" : why.length() > MAX_ERROR ? why.substring(0, MAX_ERROR) : why;
        jdbc.sql("""
                        INSERT INTO statement_pull (enterprise_id, account, statement_date, bank_code, status, attempts, last_error, first_asked_at, last_asked_at)
                        VALUES (?, ?, ?, ?, 'FAILED', 1, ?, ?, ?)
                        ON CONFLICT (enterprise_id, account, statement_date) DO UPDATE
                           SET attempts = statement_pull.attempts + 1, last_error = EXCLUDED.last_error, last_asked_at = EXCLUDED.last_asked_at
                         WHERE statement_pull.status = 'FAILED'
                        """)
                .params(enterpriseId, account, day, bankCode, reason, Timestamp.from(at), Timestamp.from(at)).update();
    }
}
