package com.fundguard.reconciliation.reconciliation.adapter.out.persistence;

import com.fundguard.reconciliation.close.application.LineReconciliation;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The daily close's view of reconciliation's decisions: a line is accounted for when a match holds it, when it is money
 * received that no transfer concerns (pass {@code NOT_A_TRANSFER}), or when an earlier statement file already reported
 * the same booking (pass {@code REPORTED_BEFORE}). Lines in cases are the discrepancy capability's to say.
 */
public class JdbcLineReconciliation implements LineReconciliation {

    private final JdbcClient jdbc;

    public JdbcLineReconciliation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, LineMatch> matchesOn(UUID enterpriseId, String account, LocalDate bookingDate) {
        Map<UUID, LineMatch> matches = new HashMap<>();
        jdbc.sql("""
                        SELECT l.id, m.pass, m.rule, e.outcome FROM statement_line l
                        JOIN examined_line e ON e.statement_line_id = l.id
                        LEFT JOIN line_match lm ON lm.statement_line_id = l.id
                        LEFT JOIN reconciliation_match m ON m.id = lm.match_id
                        WHERE l.enterprise_id = ? AND l.account = ? AND l.booking_date = ? AND e.outcome IN ('MATCHED', 'UNRELATED', 'REPEATED')""")
                .params(enterpriseId, account, bookingDate)
                .query(rs -> {
                    UUID line = rs.getObject("id", UUID.class);
                    switch (rs.getString("outcome")) {
                        case "MATCHED" -> matches.put(line, new LineMatch(rs.getString("pass"), rs.getString("rule")));
                        case "UNRELATED" -> matches.put(line, new LineMatch("NOT_A_TRANSFER", "money received"));
                        default -> matches.put(line, new LineMatch("REPORTED_BEFORE", "the same booking in an earlier statement file"));
                    }
                });
        return matches;
    }
}
