package com.fundguard.reconciliation.movement.adapter.out.persistence;

import com.fundguard.reconciliation.movement.application.ExpectedMovements;
import com.fundguard.reconciliation.movement.domain.ExpectedMovement;
import com.fundguard.reconciliation.movement.domain.MovementStatus;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Table {@code expected_movement} (V4): one row per transfer, its latest reported state. */
public class JdbcExpectedMovements implements ExpectedMovements {

    private static final String COLUMNS = """
            enterprise_id, transfer_id, reference, end_to_end_id, payer_account, payee_account, amount, currency, status,
            bank_reference, attempt, occurred_at""";

    private final JdbcClient jdbc;
    private final Clock clock;

    public JdbcExpectedMovements(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<ExpectedMovement> find(UUID enterpriseId, UUID transferId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM expected_movement WHERE enterprise_id = ? AND transfer_id = ?")
                .params(enterpriseId, transferId).query((rs, n) -> restore(rs)).optional();
    }

    @Override
    public Optional<ExpectedMovement> findByEndToEndId(UUID enterpriseId, String endToEndId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM expected_movement WHERE enterprise_id = ? AND end_to_end_id = ?")
                .params(enterpriseId, endToEndId).query((rs, n) -> restore(rs)).optional();
    }

    @Override
    public List<ExpectedMovement> open(UUID enterpriseId, String payerAccount, LocalDate from, LocalDate to, ZoneId zone) {
        // Bounds as instants, so the partial index on (enterprise, account, occurred_at) serves the range.
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM expected_movement
                        WHERE enterprise_id = ? AND payer_account = ? AND status IN ('EXECUTED', 'OUTCOME_UNKNOWN')
                          AND occurred_at >= ? AND occurred_at < ?
                        ORDER BY occurred_at, transfer_id""")
                .params(enterpriseId, payerAccount, Timestamp.from(from.atStartOfDay(zone).toInstant()),
                        Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()))
                .query((rs, n) -> restore(rs)).list();
    }

    @Override
    public Optional<ExpectedMovement> lock(UUID enterpriseId, UUID transferId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM expected_movement WHERE enterprise_id = ? AND transfer_id = ? FOR UPDATE")
                .params(enterpriseId, transferId).query((rs, n) -> restore(rs)).optional();
    }

    @Override
    public boolean addFirst(ExpectedMovement m) {
        return jdbc.sql("INSERT INTO expected_movement (" + COLUMNS + """
                        , updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (transfer_id) DO NOTHING""")
                .params(m.enterpriseId(), m.transferId(), m.reference(), m.endToEndId(), m.payerAccount(), m.payeeAccount(),
                        m.amount(), m.currency().getCurrencyCode(), m.status().name(), m.bankReference().orElse(null), m.attempt(),
                        Timestamp.from(m.occurredAt()), Timestamp.from(clock.instant()))
                .update() == 1;
    }

    @Override
    public void update(ExpectedMovement m) {
        int updated = jdbc.sql("""
                        UPDATE expected_movement
                           SET reference = ?, end_to_end_id = ?, payer_account = ?, payee_account = ?, amount = ?, currency = ?,
                               status = ?, bank_reference = ?, attempt = ?, occurred_at = ?, updated_at = ?
                         WHERE enterprise_id = ? AND transfer_id = ?""")
                .params(m.reference(), m.endToEndId(), m.payerAccount(), m.payeeAccount(), m.amount(), m.currency().getCurrencyCode(),
                        m.status().name(), m.bankReference().orElse(null), m.attempt(), Timestamp.from(m.occurredAt()),
                        Timestamp.from(clock.instant()), m.enterpriseId(), m.transferId())
                .update();
        if (updated != 1) {
            throw new IllegalStateException("transfer " + m.transferId() + " has no expected movement to update");
        }
    }

    private static ExpectedMovement restore(ResultSet rs) throws SQLException {
        Currency currency = Currency.getInstance(rs.getString("currency"));
        return new ExpectedMovement(rs.getObject("enterprise_id", UUID.class), rs.getObject("transfer_id", UUID.class),
                rs.getString("reference"), rs.getString("end_to_end_id"), rs.getString("payer_account"), rs.getString("payee_account"),
                inCurrency(rs.getBigDecimal("amount"), currency), currency, MovementStatus.valueOf(rs.getString("status")),
                Optional.ofNullable(rs.getString("bank_reference")), rs.getInt("attempt"), rs.getTimestamp("occurred_at").toInstant());
    }

    /** NUMERIC(19,4) gives four decimals; the amount reads as its currency writes it (100.00 EUR, 100 JPY). */
    private static BigDecimal inCurrency(BigDecimal stored, Currency currency) {
        BigDecimal plain = stored.stripTrailingZeros();
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        return plain.scale() < digits ? plain.setScale(digits) : plain;
    }
}
