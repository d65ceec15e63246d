package com.fundguard.voucher.voucher.adapter.out.persistence;

import com.fundguard.voucher.voucher.application.CaptureProfiles;
import com.fundguard.voucher.voucher.domain.CaptureDevice;
import com.fundguard.voucher.voucher.domain.CaptureProfile;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

public class JdbcCaptureProfiles implements CaptureProfiles {

    private final JdbcClient jdbc;

    public JdbcCaptureProfiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<CaptureProfile> find(UUID enterpriseId, CaptureDevice device) {
        return jdbc.sql("SELECT * FROM capture_profile WHERE enterprise_id = ? AND device = ?").params(enterpriseId, device.name())
                .query((rs, n) -> new CaptureProfile(device, rs.getInt("min_long_side"), rs.getInt("min_short_side"),
                        rs.getDouble("min_sharpness"), rs.getDouble("min_brightness"), rs.getDouble("max_brightness"),
                        rs.getDouble("max_overexposed_share")))
                .optional();
    }

    @Override
    public void save(UUID enterpriseId, CaptureProfile p, UUID changedBy, Instant changedAt) {
        jdbc.sql("""
                        INSERT INTO capture_profile (enterprise_id, device, min_long_side, min_short_side, min_sharpness, min_brightness,
                                                     max_brightness, max_overexposed_share, changed_by, changed_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (enterprise_id, device) DO UPDATE SET min_long_side = EXCLUDED.min_long_side,
                            min_short_side = EXCLUDED.min_short_side, min_sharpness = EXCLUDED.min_sharpness,
                            min_brightness = EXCLUDED.min_brightness, max_brightness = EXCLUDED.max_brightness,
                            max_overexposed_share = EXCLUDED.max_overexposed_share, changed_by = EXCLUDED.changed_by,
                            changed_at = EXCLUDED.changed_at
                        """)
                .params(enterpriseId, p.device().name(), p.minLongSide(), p.minShortSide(), p.minSharpness(), p.minBrightness(),
                        p.maxBrightness(), p.maxOverexposedShare(), changedBy, Timestamp.from(changedAt))
                .update();
    }
}
