package com.fundguard.reconciliation.recall.adapter.out.persistence;

import com.fundguard.reconciliation.recall.application.Recalls;
import com.fundguard.reconciliation.recall.domain.Recall;
import com.fundguard.reconciliation.recall.domain.RecallReason;
import com.fundguard.reconciliation.recall.domain.RecallState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Recalls in {@code recall} (V9); the version column guards against two sends storing their answers over each other. */
public class JdbcRecalls implements Recalls {

    private static final String COLUMNS = "id, enterprise_id, transfer_id, idempotency_key, end_to_end_id, payer_account, bank_code, holder_name, "
            + "amount, currency, reason, requested_by, requested_at, state, answer_reason, reversal_reference, answered_at, attempts, last_error, "
            + "next_attempt_at, version";

    private final JdbcClient jdbc;

    public JdbcRecalls(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Recall recall) {
        Recall.Snapshot r = recall.snapshot();
        jdbc.sql("INSERT INTO recall (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(r.id(), r.enterpriseId(), r.transferId(), r.idempotencyKey(), r.endToEndId(), r.payerAccount(), r.bankCode(),
                        r.holderName(), r.amount(), r.currency().getCurrencyCode(), r.reason().name(), r.requestedBy(),
                        Timestamp.from(r.requestedAt()), r.state().name(), r.answerReason().orElse(null), r.reversalReference().orElse(null),
                        timestamp(r.answeredAt()), r.attempts(), r.lastError().orElse(null), timestamp(r.nextAttemptAt()), r.version())
                .update();
    }

    @Override
    public Optional<Recall> findByTransfer(UUID enterpriseId, UUID transferId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM recall WHERE enterprise_id = ? AND transfer_id = ?")
                .params(enterpriseId, transferId).query(JdbcRecalls::recall).optional();
    }

    @Override
    public boolean update(Recall recall) {
        Recall.Snapshot r = recall.snapshot();
        return jdbc.sql("""
                        UPDATE recall SET state = ?, answer_reason = ?, reversal_reference = ?, answered_at = ?, attempts = ?, last_error = ?,
                                          next_attempt_at = ?, version = version + 1
                         WHERE id = ? AND version = ?""")
                .params(r.state().name(), r.answerReason().orElse(null), r.reversalReference().orElse(null), timestamp(r.answeredAt()),
                        r.attempts(), r.lastError().orElse(null), timestamp(r.nextAttemptAt()), r.id(), r.version())
                .update() == 1;
    }

    @Override
    public List<Recall> due(Instant now, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM recall WHERE state IN ('REQUESTED', 'PENDING') AND next_attempt_at <= ? "
                        + "ORDER BY next_attempt_at LIMIT ?")
                .params(Timestamp.from(now), limit).query(JdbcRecalls::recall).list();
    }

    private static Timestamp timestamp(Optional<Instant> instant) {
        return instant.map(Timestamp::from).orElse(null);
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getTimestamp(column)).map(Timestamp::toInstant);
    }

    private static Recall recall(ResultSet rs, int row) throws SQLException {
        return Recall.restore(new Recall.Snapshot(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                rs.getObject("transfer_id", UUID.class), rs.getString("idempotency_key"), rs.getString("end_to_end_id"),
                rs.getString("payer_account"), rs.getString("bank_code"), rs.getString("holder_name"), rs.getBigDecimal("amount"),
                Currency.getInstance(rs.getString("currency")), RecallReason.valueOf(rs.getString("reason")), rs.getObject("requested_by", UUID.class),
                rs.getTimestamp("requested_at").toInstant(), RecallState.valueOf(rs.getString("state")),
                Optional.ofNullable(rs.getString("answer_reason")), Optional.ofNullable(rs.getString("reversal_reference")),
                instant(rs, "answered_at"), rs.getInt("attempts"), Optional.ofNullable(rs.getString("last_error")), instant(rs, "next_attempt_at"),
                rs.getInt("version")));
    }
}
