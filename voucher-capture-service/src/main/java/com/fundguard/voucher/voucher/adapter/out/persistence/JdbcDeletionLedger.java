package com.fundguard.voucher.voucher.adapter.out.persistence;

import com.fundguard.voucher.voucher.application.VoucherDeletion;
import com.fundguard.voucher.voucher.domain.Retention;
import com.fundguard.voucher.voucher.domain.Voucher;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

public class JdbcDeletionLedger implements VoucherDeletion.Ledger {

    private final JdbcClient jdbc;

    public JdbcDeletionLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Retention retentionOf(UUID enterpriseId) {
        return jdbc.sql("SELECT retention_days FROM voucher_retention WHERE enterprise_id = ?").param(enterpriseId)
                .query(Integer.class).optional().map(days -> new Retention(Duration.ofDays(days))).orElse(new Retention(Retention.STANDARD));
    }

    @Override
    public void saveRetention(UUID enterpriseId, Retention retention, UUID changedBy, Instant at) {
        jdbc.sql("""
                        INSERT INTO voucher_retention (enterprise_id, retention_days, changed_by, changed_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (enterprise_id) DO UPDATE SET retention_days = EXCLUDED.retention_days,
                            changed_by = EXCLUDED.changed_by, changed_at = EXCLUDED.changed_at
                        """)
                .params(enterpriseId, (int) retention.period().toDays(), changedBy, Timestamp.from(at)).update();
    }

    @Override
    public Optional<Instant> firstSubmittedAt(UUID voucherId) {
        return jdbc.sql("SELECT attached_at FROM voucher_attachment WHERE voucher_id = ? ORDER BY attached_at LIMIT 1").param(voucherId)
                .query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    @Override
    public void recordDeletion(Voucher voucher, UUID deletedBy, Instant at, String reason, boolean wasAttached) {
        jdbc.sql("""
                        INSERT INTO voucher_deletion (voucher_id, enterprise_id, sha256, deleted_by, deleted_at, reason, was_attached)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(voucher.id(), voucher.enterpriseId(), voucher.sha256(), deletedBy, Timestamp.from(at), reason, wasAttached).update();
        jdbc.sql("UPDATE voucher SET deleted_at = ? WHERE id = ?").params(Timestamp.from(at), voucher.id()).update();
    }
}
