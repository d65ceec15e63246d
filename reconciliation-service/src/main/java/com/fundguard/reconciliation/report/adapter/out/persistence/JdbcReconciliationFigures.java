package com.fundguard.reconciliation.report.adapter.out.persistence;

import com.fundguard.reconciliation.discrepancy.domain.DiscrepancyType;
import com.fundguard.reconciliation.matching.domain.MatchPass;
import com.fundguard.reconciliation.report.application.ReconciliationFigures;
import com.fundguard.reconciliation.report.domain.AccountMatchRates;
import com.fundguard.reconciliation.report.domain.ReportPeriod;
import com.fundguard.reconciliation.report.domain.SetAside;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Counts in the database, never line by line in the service: statement_line (V3) booked in the period with what
 * reconciliation decided about each (line_match and reconciliation_match, examined_line of V6; discrepancy_case_line
 * and discrepancy_case of V5), and expected_movement (V4) executed in the period with matched_transfer (V6).
 */
public class JdbcReconciliationFigures implements ReconciliationFigures {

    /**
     * One row per account, currency and standing: each line counted once, by the first of matched, in a case (the
     * first case opened on it), set aside, not yet examined.
     */
    private static final String LINES = """
            SELECT l.account, l.currency,
                   CASE WHEN m.pass IS NOT NULL THEN 'MATCHED'
                        WHEN c.type IS NOT NULL THEN 'IN_CASE'
                        WHEN e.outcome IN ('UNRELATED', 'REPEATED', 'BEYOND_DISPUTE_WINDOW') THEN 'SET_ASIDE'
                        WHEN e.outcome IS NULL THEN 'NOT_YET_EXAMINED'
                        ELSE 'UNACCOUNTED' END AS standing,
                   CASE WHEN m.pass IS NOT NULL THEN m.pass
                        WHEN c.type IS NOT NULL THEN c.type
                        ELSE e.outcome END AS detail,
                   count(*) AS n
            FROM statement_line l
            LEFT JOIN line_match lm ON lm.statement_line_id = l.id AND lm.enterprise_id = l.enterprise_id
            LEFT JOIN reconciliation_match m ON m.id = lm.match_id
            LEFT JOIN LATERAL (SELECT dc.type FROM discrepancy_case_line cl JOIN discrepancy_case dc ON dc.id = cl.case_id
                               WHERE cl.enterprise_id = l.enterprise_id AND cl.statement_line_id = l.id
                               ORDER BY dc.opened_at, dc.id LIMIT 1) c ON true
            LEFT JOIN examined_line e ON e.statement_line_id = l.id AND e.enterprise_id = l.enterprise_id
            WHERE l.enterprise_id = :enterprise AND l.booking_date BETWEEN :from AND :to
              AND (CAST(:account AS TEXT) IS NULL OR l.account = :account)
            GROUP BY 1, 2, 3, 4""";

    /** Transfers whose debit the statement should show, by the day (in the banks' zone) they were reported executed. */
    private static final String TRANSFERS = """
            SELECT em.payer_account, em.currency, count(*) AS expected,
                   count(*) FILTER (WHERE em.status = 'OUTCOME_UNKNOWN') AS unknown,
                   count(mt.transfer_id) AS matched
            FROM expected_movement em
            LEFT JOIN matched_transfer mt ON mt.transfer_id = em.transfer_id AND mt.enterprise_id = em.enterprise_id
            WHERE em.enterprise_id = :enterprise AND em.status IN ('EXECUTED', 'OUTCOME_UNKNOWN')
              AND em.occurred_at >= :start AND em.occurred_at < :end
              AND (CAST(:account AS TEXT) IS NULL OR em.payer_account = :account)
            GROUP BY 1, 2""";

    private final JdbcClient jdbc;
    /** The banks' calendar (fundguard.reconciliation.bank-zone): an execution instant falls on the day a statement books it. */
    private final ZoneId bankZone;

    public JdbcReconciliationFigures(JdbcClient jdbc, ZoneId bankZone) {
        this.jdbc = jdbc;
        this.bankZone = bankZone;
    }

    private record Key(String account, Currency currency) {
    }

    /** Counts of one account and currency as they are read. */
    private static final class Tally {
        long lines;
        final Map<MatchPass, Long> matched = new EnumMap<>(MatchPass.class);
        final Map<DiscrepancyType, Long> inCases = new EnumMap<>(DiscrepancyType.class);
        final Map<SetAside, Long> setAside = new EnumMap<>(SetAside.class);
        long notYetExamined;
        long unaccounted;
        long expected;
        long unknown;
        long transfersMatched;
    }

    @Override
    public List<AccountMatchRates> matchRates(UUID enterpriseId, Optional<String> account, ReportPeriod period) {
        Map<Key, Tally> tallies = new TreeMap<>(Comparator.comparing(Key::account).thenComparing(k -> k.currency().getCurrencyCode()));
        jdbc.sql(LINES)
                .param("enterprise", enterpriseId).param("from", Date.valueOf(period.from())).param("to", Date.valueOf(period.to()))
                .param("account", account.orElse(null))
                .query(rs -> {
                    Tally t = tallies.computeIfAbsent(new Key(rs.getString("account"), Currency.getInstance(rs.getString("currency").trim())),
                            k -> new Tally());
                    long n = rs.getLong("n");
                    String detail = rs.getString("detail");
                    t.lines += n;
                    switch (rs.getString("standing")) {
                        case "MATCHED" -> t.matched.merge(MatchPass.valueOf(detail), n, Long::sum);
                        case "IN_CASE" -> t.inCases.merge(DiscrepancyType.valueOf(detail), n, Long::sum);
                        case "SET_ASIDE" -> t.setAside.merge(SetAside.valueOf(detail), n, Long::sum);
                        case "NOT_YET_EXAMINED" -> t.notYetExamined += n;
                        default -> t.unaccounted += n;
                    }
                });
        jdbc.sql(TRANSFERS)
                .param("enterprise", enterpriseId)
                .param("start", Timestamp.from(period.from().atStartOfDay(bankZone).toInstant()))
                .param("end", Timestamp.from(period.to().plusDays(1).atStartOfDay(bankZone).toInstant()))
                .param("account", account.orElse(null))
                .query(rs -> {
                    Tally t = tallies.computeIfAbsent(new Key(rs.getString("payer_account"), Currency.getInstance(rs.getString("currency").trim())),
                            k -> new Tally());
                    t.expected = rs.getLong("expected");
                    t.unknown = rs.getLong("unknown");
                    t.transfersMatched = rs.getLong("matched");
                });
        List<AccountMatchRates> rates = new ArrayList<>();
        tallies.forEach((key, t) -> rates.add(new AccountMatchRates(key.account(), key.currency(), t.lines, t.matched, t.inCases, t.setAside,
                t.notYetExamined, t.unaccounted, t.expected, t.unknown, t.transfersMatched)));
        return rates;
    }
}
