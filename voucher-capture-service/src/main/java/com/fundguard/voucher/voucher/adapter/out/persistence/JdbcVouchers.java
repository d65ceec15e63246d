package com.fundguard.voucher.voucher.adapter.out.persistence;

import com.fundguard.voucher.voucher.application.Vouchers;
import com.fundguard.voucher.voucher.domain.CaptureDevice;
import com.fundguard.voucher.voucher.domain.CaptureFacts;
import com.fundguard.voucher.voucher.domain.QualityMeasurement;
import com.fundguard.voucher.voucher.domain.Voucher;
import com.fundguard.voucher.voucher.domain.VoucherDetails;
import com.fundguard.voucher.voucher.domain.VoucherMediaType;
import com.fundguard.voucher.voucher.domain.VoucherType;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

public class JdbcVouchers implements Vouchers {

    private final JdbcClient jdbc;

    public JdbcVouchers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Voucher v) {
        CaptureFacts facts = v.facts();
        QualityMeasurement quality = facts.quality().orElse(null);
        VoucherDetails details = v.details();
        jdbc.sql("""
                        INSERT INTO voucher (id, enterprise_id, type, media_type, size_bytes, sha256, uploaded_by, uploaded_at,
                                             capture_device, pages, long_side, short_side, sharpness, mean_brightness,
                                             overexposed_share, difference_hash, captured_at, had_location, invoice_number,
                                             amount, currency, masked_number, warnings, thumbnail_sha256)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(v.id(), v.enterpriseId(), v.type().name(), v.mediaType().name(), v.sizeBytes(), v.sha256(),
                        v.uploadedBy(), Timestamp.from(v.uploadedAt()), v.device().name(), facts.pages(),
                        quality == null ? null : quality.longSide(), quality == null ? null : quality.shortSide(),
                        quality == null ? null : quality.sharpness(), quality == null ? null : quality.meanBrightness(),
                        quality == null ? null : quality.overexposedShare(),
                        facts.differenceHash().isPresent() ? facts.differenceHash().getAsLong() : null,
                        facts.capturedAt().map(Timestamp::valueOf).orElse(null), facts.hadLocation(), details.invoiceNumber(),
                        details.amount(), details.currency() == null ? null : details.currency().getCurrencyCode(),
                        details.maskedNumber(), details.warnings().toArray(String[]::new), v.thumbnailSha256())
                .update();
    }

    @Override
    public Optional<Voucher> find(UUID enterpriseId, UUID voucherId) {
        return jdbc.sql("SELECT * FROM voucher WHERE enterprise_id = ? AND id = ? AND deleted_at IS NULL").params(enterpriseId, voucherId)
                .query((rs, n) -> voucher(rs))
                .optional();
    }

    @Override
    public List<Voucher> uploadedBy(UUID enterpriseId, UUID person, int limit) {
        return jdbc.sql("SELECT * FROM voucher WHERE enterprise_id = ? AND uploaded_by = ? AND deleted_at IS NULL ORDER BY uploaded_at DESC, id LIMIT ?")
                .params(enterpriseId, person, limit).query((rs, n) -> voucher(rs)).list();
    }

    @Override
    public List<Voucher> attachedTo(UUID enterpriseId, UUID transferId) {
        return jdbc.sql("""
                        SELECT v.* FROM voucher v JOIN voucher_attachment a ON a.voucher_id = v.id
                        WHERE a.enterprise_id = ? AND a.transfer_id = ? AND v.deleted_at IS NULL ORDER BY v.uploaded_at, v.id
                        """)
                .params(enterpriseId, transferId).query((rs, n) -> voucher(rs)).list();
    }

    private static Voucher voucher(ResultSet rs) throws SQLException {
        Optional<QualityMeasurement> quality = rs.getObject("sharpness") == null ? Optional.empty()
                : Optional.of(new QualityMeasurement(rs.getInt("long_side"), rs.getInt("short_side"), rs.getDouble("sharpness"),
                rs.getDouble("mean_brightness"), rs.getDouble("overexposed_share")));
        long hash = rs.getLong("difference_hash");
        OptionalLong differenceHash = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(hash);
        Timestamp capturedAt = rs.getTimestamp("captured_at");
        CaptureFacts facts = new CaptureFacts(quality, differenceHash, rs.getInt("pages"),
                Optional.ofNullable(capturedAt).map(Timestamp::toLocalDateTime), rs.getBoolean("had_location"));
        BigDecimal amount = rs.getBigDecimal("amount");
        String currency = rs.getString("currency");
        Currency unit = currency == null ? null : Currency.getInstance(currency);
        Array warnings = rs.getArray("warnings");
        VoucherDetails details = new VoucherDetails(rs.getString("invoice_number"),
                amount == null ? null : amount.setScale(unit.getDefaultFractionDigits(), java.math.RoundingMode.UNNECESSARY), unit,
                rs.getString("masked_number"), warnings == null ? List.of() : List.of((String[]) warnings.getArray()));
        return new Voucher(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                VoucherType.valueOf(rs.getString("type")), VoucherMediaType.valueOf(rs.getString("media_type")),
                rs.getLong("size_bytes"), rs.getString("sha256"), rs.getObject("uploaded_by", UUID.class),
                rs.getTimestamp("uploaded_at").toInstant(), CaptureDevice.valueOf(rs.getString("capture_device")), facts, details,
                rs.getString("thumbnail_sha256"));
    }
}
