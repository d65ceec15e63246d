package com.fundguard.approval.transfer.adapter.out.persistence;

import com.fundguard.approval.transfer.application.ConfirmationThresholds;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

public class JdbcConfirmationThresholds implements ConfirmationThresholds {

    private final JdbcClient jdbc;
    private final Clock clock;

    public JdbcConfirmationThresholds(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<BigDecimal> threshold(UUID enterpriseId, Currency currency) {
        return jdbc.sql("SELECT threshold FROM confirmation_threshold WHERE enterprise_id = ? AND currency = ?")
                .params(enterpriseId, currency.getCurrencyCode()).query(BigDecimal.class).optional()
                .map(stored -> inCurrencyScale(stored, currency));
    }

    /** NUMERIC(19, 4) reads back as 50000.0000; show it in the currency's own decimals unless it has more. */
    private static BigDecimal inCurrencyScale(BigDecimal stored, Currency currency) {
        BigDecimal plain = stored.stripTrailingZeros();
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        return plain.scale() < digits ? plain.setScale(digits) : plain;
    }

    @Override
    public void set(UUID enterpriseId, Currency currency, BigDecimal threshold, UUID setBy) {
        jdbc.sql("""
                INSERT INTO confirmation_threshold (enterprise_id, currency, threshold, set_by, set_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (enterprise_id, currency) DO UPDATE SET threshold = EXCLUDED.threshold, set_by = EXCLUDED.set_by, set_at = EXCLUDED.set_at
                """).params(enterpriseId, currency.getCurrencyCode(), threshold, setBy, Timestamp.from(clock.instant())).update();
    }
}
