package com.fundguard.reconciliation.reconciliation.adapter.out.persistence;

import com.fundguard.reconciliation.matching.domain.BankLine;
import com.fundguard.reconciliation.matching.domain.Expectation;
import com.fundguard.reconciliation.matching.domain.ExpectationStatus;
import com.fundguard.reconciliation.matching.domain.MatchRule;
import com.fundguard.reconciliation.reconciliation.application.AccountKey;
import com.fundguard.reconciliation.reconciliation.application.ReconciliationLedger;
import com.fundguard.reconciliation.statement.domain.CreditDebit;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the statement lines (statement capability's table) and the expected movements (movement capability's table)
 * of this service's database, and keeps reconciliation's own decisions: matches, examined lines, missing debits.
 */
public class JdbcReconciliationLedger implements ReconciliationLedger {

    private final JdbcClient jdbc;
    /** The bank's calendar: an execution instant becomes the date a statement would book it on. */
    private final ZoneId bankZone;

    public JdbcReconciliationLedger(JdbcClient jdbc, ZoneId bankZone) {
        this.jdbc = jdbc;
        this.bankZone = bankZone;
    }

    @Override
    public List<AccountKey> accountsToReconcile(int limit) {
        return jdbc.sql("""
                        SELECT l.enterprise_id, l.account, l.currency, min(l.booking_date) AS oldest FROM statement_line l
                        WHERE NOT EXISTS (SELECT 1 FROM examined_line e WHERE e.statement_line_id = l.id)
                        GROUP BY l.enterprise_id, l.account, l.currency ORDER BY oldest LIMIT ?""")
                .param(limit)
                .query((rs, n) -> new AccountKey(rs.getObject("enterprise_id", UUID.class), rs.getString("account"),
                        Currency.getInstance(rs.getString("currency").trim())))
                .list();
    }

    @Override
    public void lock(AccountKey account) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(? || '/' || ? || '/' || ?, 0))")
                .params(account.enterpriseId().toString(), account.account(), account.currency().getCurrencyCode())
                .query((rs, n) -> 1).list();
    }

    @Override
    public List<BankLine> unexaminedLines(AccountKey account) {
        return jdbc.sql("""
                        SELECT l.id, l.account, l.currency, l.credit_debit, l.amount, l.booking_date, l.reversal, l.transaction_type_code,
                               l.end_to_end_reference, l.bank_reference, l.counterparty_account
                        FROM statement_line l
                        WHERE l.enterprise_id = ? AND l.account = ? AND l.currency = ?
                          AND NOT EXISTS (SELECT 1 FROM examined_line e WHERE e.statement_line_id = l.id)
                        ORDER BY l.booking_date, l.id""")
                .params(account.enterpriseId(), account.account(), account.currency().getCurrencyCode())
                .query((rs, n) -> line(rs)).list();
    }

    @Override
    public List<Expectation> unmatchedExpectations(AccountKey account) {
        return jdbc.sql("""
                        SELECT m.transfer_id, m.payer_account, m.currency, m.amount, m.occurred_at, m.end_to_end_id, m.bank_reference,
                               m.payee_account, m.status
                        FROM expected_movement m
                        WHERE m.enterprise_id = ? AND m.payer_account = ? AND m.currency = ?
                          AND NOT EXISTS (SELECT 1 FROM matched_transfer t WHERE t.transfer_id = m.transfer_id)
                        ORDER BY m.occurred_at, m.transfer_id""")
                .params(account.enterpriseId(), account.account(), account.currency().getCurrencyCode())
                .query((rs, n) -> expectation(rs)).list();
    }

    @Override
    public boolean reportedBefore(AccountKey account, BankLine line) {
        return jdbc.sql("""
                        SELECT count(*) FROM statement_line l JOIN examined_line e ON e.statement_line_id = l.id
                        WHERE l.enterprise_id = ? AND l.account = ? AND l.currency = ? AND l.bank_reference = ? AND l.amount = ?
                          AND l.credit_debit = ? AND l.booking_date = ? AND l.id <> ? AND e.outcome <> 'REPEATED'""")
                .params(account.enterpriseId(), account.account(), account.currency().getCurrencyCode(), line.bankReference().orElseThrow(),
                        line.amount(), line.direction().name(), line.bookingDate(), line.id())
                .query(Long.class).single() > 0;
    }

    @Override
    public Optional<MatchedTransfer> matchedTransferReferencedBy(AccountKey account, String reference) {
        return jdbc.sql("""
                        SELECT m.transfer_id, m.end_to_end_id, m.amount FROM expected_movement m
                        JOIN matched_transfer t ON t.transfer_id = m.transfer_id
                        WHERE m.enterprise_id = ? AND m.payer_account = ? AND (m.end_to_end_id = ? OR m.bank_reference = ?)
                        ORDER BY m.occurred_at LIMIT 1""")
                .params(account.enterpriseId(), account.account(), reference, reference)
                .query((rs, n) -> new MatchedTransfer(rs.getObject("transfer_id", UUID.class), rs.getString("end_to_end_id"),
                        rs.getBigDecimal("amount")))
                .optional();
    }

    @Override
    public UUID recordMatch(AccountKey account, MatchRule rule, List<UUID> lineIds, List<UUID> transferIds, BigDecimal difference,
                            Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO reconciliation_match (id, enterprise_id, account, currency, pass, rule, difference, matched_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, account.enterpriseId(), account.account(), account.currency().getCurrencyCode(), rule.pass().name(), rule.name(),
                        difference, Timestamp.from(at))
                .update();
        for (UUID line : lineIds) {
            jdbc.sql("INSERT INTO line_match (statement_line_id, match_id, enterprise_id) VALUES (?, ?, ?)")
                    .params(line, id, account.enterpriseId()).update();
        }
        for (UUID transfer : transferIds) {
            jdbc.sql("INSERT INTO matched_transfer (transfer_id, match_id, enterprise_id) VALUES (?, ?, ?)")
                    .params(transfer, id, account.enterpriseId()).update();
        }
        return id;
    }

    @Override
    public void markExamined(AccountKey account, Collection<UUID> lineIds, LineOutcome outcome, Instant at) {
        for (UUID line : lineIds) {
            jdbc.sql("INSERT INTO examined_line (statement_line_id, enterprise_id, outcome, examined_at) VALUES (?, ?, ?, ?)")
                    .params(line, account.enterpriseId(), outcome.name(), Timestamp.from(at)).update();
        }
    }

    @Override
    public List<MissingDebit> debitsMissingSince(Instant executedBefore, int limit) {
        return jdbc.sql("""
                        SELECT m.enterprise_id, m.transfer_id, m.payer_account, m.currency, m.amount, m.occurred_at, m.end_to_end_id,
                               m.bank_reference, m.payee_account, m.status
                        FROM expected_movement m
                        WHERE m.status = 'EXECUTED' AND m.occurred_at < ?
                          AND NOT EXISTS (SELECT 1 FROM matched_transfer t WHERE t.transfer_id = m.transfer_id)
                          AND NOT EXISTS (SELECT 1 FROM missing_debit d WHERE d.transfer_id = m.transfer_id)
                        ORDER BY m.occurred_at LIMIT ?""")
                .params(Timestamp.from(executedBefore), limit)
                .query((rs, n) -> new MissingDebit(new AccountKey(rs.getObject("enterprise_id", UUID.class), rs.getString("payer_account"),
                        Currency.getInstance(rs.getString("currency").trim())), expectation(rs), rs.getTimestamp("occurred_at").toInstant()))
                .list();
    }

    @Override
    public void recordMissingDebit(UUID enterpriseId, UUID transferId, UUID caseId, Instant at) {
        jdbc.sql("INSERT INTO missing_debit (transfer_id, enterprise_id, case_id, found_at) VALUES (?, ?, ?, ?)")
                .params(transferId, enterpriseId, caseId, Timestamp.from(at)).update();
    }

    private static BankLine line(ResultSet rs) throws SQLException {
        return new BankLine(rs.getObject("id", UUID.class), rs.getString("account"), Currency.getInstance(rs.getString("currency").trim()),
                CreditDebit.valueOf(rs.getString("credit_debit")), rs.getBigDecimal("amount"), rs.getObject("booking_date", java.time.LocalDate.class),
                rs.getBoolean("reversal"), rs.getString("transaction_type_code"), Optional.ofNullable(rs.getString("end_to_end_reference")),
                Optional.ofNullable(rs.getString("bank_reference")), Optional.ofNullable(rs.getString("counterparty_account")));
    }

    private Expectation expectation(ResultSet rs) throws SQLException {
        return new Expectation(rs.getObject("transfer_id", UUID.class), rs.getString("payer_account"),
                Currency.getInstance(rs.getString("currency").trim()), rs.getBigDecimal("amount"),
                rs.getTimestamp("occurred_at").toInstant().atZone(bankZone).toLocalDate(), rs.getString("end_to_end_id"),
                Optional.ofNullable(rs.getString("bank_reference")), rs.getString("payee_account"),
                ExpectationStatus.valueOf(rs.getString("status")));
    }
}
