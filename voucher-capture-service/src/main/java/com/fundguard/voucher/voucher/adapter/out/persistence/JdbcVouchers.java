package com.fundguard.voucher.voucher.adapter.out.persistence;

import com.fundguard.voucher.voucher.application.Vouchers;
import com.fundguard.voucher.voucher.domain.Voucher;
import com.fundguard.voucher.voucher.domain.VoucherMediaType;
import com.fundguard.voucher.voucher.domain.VoucherType;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

public class JdbcVouchers implements Vouchers {

    private final JdbcClient jdbc;

    public JdbcVouchers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Voucher v) {
        jdbc.sql("""
                        INSERT INTO voucher (id, enterprise_id, type, media_type, size_bytes, sha256, uploaded_by, uploaded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(v.id(), v.enterpriseId(), v.type().name(), v.mediaType().name(), v.sizeBytes(), v.sha256(),
                        v.uploadedBy(), Timestamp.from(v.uploadedAt()))
                .update();
    }

    @Override
    public Optional<Voucher> find(UUID enterpriseId, UUID voucherId) {
        return jdbc.sql("SELECT * FROM voucher WHERE enterprise_id = ? AND id = ?").params(enterpriseId, voucherId)
                .query((rs, n) -> new Voucher(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                        VoucherType.valueOf(rs.getString("type")), VoucherMediaType.valueOf(rs.getString("media_type")),
                        rs.getLong("size_bytes"), rs.getString("sha256"), rs.getObject("uploaded_by", UUID.class),
                        rs.getTimestamp("uploaded_at").toInstant()))
                .optional();
    }
}
