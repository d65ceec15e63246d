package com.fundguard.approval.limits.adapter.out.persistence;

import com.fundguard.approval.limits.application.ApplicantLimits;
import com.fundguard.approval.limits.domain.ApplicantLimit;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

public class JdbcApplicantLimits implements ApplicantLimits {

    private final JdbcClient jdbc;

    public JdbcApplicantLimits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(ApplicantLimit l) {
        jdbc.sql("""
                        INSERT INTO applicant_limit (enterprise_id, applicant_id, currency, max_count_per_day, max_amount_per_day,
                            max_amount_per_transfer, when_exceeded, set_by, set_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (enterprise_id, applicant_id) DO UPDATE SET currency = excluded.currency,
                            max_count_per_day = excluded.max_count_per_day, max_amount_per_day = excluded.max_amount_per_day,
                            max_amount_per_transfer = excluded.max_amount_per_transfer, when_exceeded = excluded.when_exceeded,
                            set_by = excluded.set_by, set_at = excluded.set_at
                        """)
                .params(l.enterpriseId(), l.applicantId(), l.currency().getCurrencyCode(), l.maxCountPerDay().orElse(null),
                        l.maxAmountPerDay().orElse(null), l.maxAmountPerTransfer().orElse(null), l.whenExceeded().name(),
                        l.setBy(), Timestamp.from(l.setAt()))
                .update();
    }

    @Override
    public Optional<ApplicantLimit> find(UUID enterpriseId, UUID applicantId) {
        return jdbc.sql("SELECT * FROM applicant_limit WHERE enterprise_id = ? AND applicant_id = ?").params(enterpriseId, applicantId)
                .query((rs, n) -> new ApplicantLimit(enterpriseId, applicantId, Currency.getInstance(rs.getString("currency")),
                        Optional.ofNullable(rs.getObject("max_count_per_day", Long.class)),
                        Optional.ofNullable(rs.getBigDecimal("max_amount_per_day")),
                        Optional.ofNullable(rs.getBigDecimal("max_amount_per_transfer")),
                        ApplicantLimit.WhenExceeded.valueOf(rs.getString("when_exceeded")), rs.getObject("set_by", UUID.class),
                        rs.getTimestamp("set_at").toInstant()))
                .optional();
    }
}
