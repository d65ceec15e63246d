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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.HashMap;
import java.util.Optional;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
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
    public Set<String> reportedBefore(AccountKey account, Collection<BankLine> lines) {
        String[] references = lines.stream().flatMap(line -> line.bankReference().stream()).distinct().toArray(String[]::new);
        if (references.length == 0) {
            return Set.of();
        }
        Set<String> reported = new HashSet<>();
        jdbc.sql("""
                        SELECT l.bank_reference, l.amount, l.credit_debit, l.booking_date FROM statement_line l
                        JOIN examined_line e ON e.statement_line_id = l.id
                        WHERE l.enterprise_id = ? AND l.account = ? AND l.currency = ? AND l.bank_reference = ANY (?)
                          AND e.outcome <> 'REPEATED'""")
                .params(account.enterpriseId(), account.account(), account.currency().getCurrencyCode(), references)
                .query(rs -> {
                    reported.add(ReconciliationLedger.bookingKey(rs.getString("bank_reference"), rs.getBigDecimal("amount"),
                            CreditDebit.valueOf(rs.getString("credit_debit")), rs.getObject("booking_date", LocalDate.class)));
                });
        return reported;
    }

    @Override
    public Map<String, MatchedTransfer> matchedTransfersReferencedBy(AccountKey account, Collection<String> references) {
        if (references.isEmpty()) {
            return Map.of();
        }
        String[] wanted = references.stream().distinct().toArray(String[]::new);
        Map<String, MatchedTransfer> byReference = new HashMap<>();
        jdbc.sql("""
                        SELECT m.transfer_id, m.end_to_end_id, m.bank_reference, m.amount FROM expected_movement m
                        JOIN matched_transfer t ON t.transfer_id = m.transfer_id
                        WHERE m.enterprise_id = ? AND m.payer_account = ? AND (m.end_to_end_id = ANY (?) OR m.bank_reference = ANY (?))
                        ORDER BY m.occurred_at, m.transfer_id""")
                .params(account.enterpriseId(), account.account(), wanted, wanted)
                .query(rs -> {
                    MatchedTransfer matched = new MatchedTransfer(rs.getObject("transfer_id", UUID.class), rs.getString("end_to_end_id"),
                            rs.getBigDecimal("amount"));
                    byReference.putIfAbsent(matched.endToEndId(), matched);
                    String bankReference = rs.getString("bank_reference");
                    if (bankReference != null) {
                        byReference.putIfAbsent(bankReference, matched);
                    }
                });
        byReference.keySet().retainAll(java.util.Arrays.asList(wanted));
        return byReference;
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
        jdbc.sql("INSERT INTO line_match (statement_line_id, match_id, enterprise_id) SELECT unnest(?), ?, ?")
                .params(lineIds.toArray(UUID[]::new), id, account.enterpriseId()).update();
        jdbc.sql("INSERT INTO matched_transfer (transfer_id, match_id, enterprise_id) SELECT unnest(?), ?, ?")
                .params(transferIds.toArray(UUID[]::new), id, account.enterpriseId()).update();
        return id;
    }

    @Override
    public void markExamined(AccountKey account, Collection<UUID> lineIds, LineOutcome outcome, Instant at) {
        if (lineIds.isEmpty()) {
            return;
        }
        jdbc.sql("INSERT INTO examined_line (statement_line_id, enterprise_id, outcome, examined_at) SELECT unnest(?), ?, ?, ?")
                .params(lineIds.toArray(UUID[]::new), account.enterpriseId(), outcome.name(), Timestamp.from(at)).update();
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
