package com.fundguard.approval.statistics.adapter.out.persistence;

import com.fundguard.approval.statistics.application.StatisticsQueries;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The figures computed by PostgreSQL where the rows are (grouping, percentiles), scoped by enterprise. */
public class JdbcStatisticsQueries implements StatisticsQueries {

    private final JdbcClient jdbc;

    public JdbcStatisticsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Total> totals(UUID enterpriseId, Instant from, Instant to, Grouping grouping, ZoneId zone) {
        String group = switch (grouping) {
            case DAY -> "to_char(date_trunc('day', submitted_at AT TIME ZONE :zone), 'YYYY-MM-DD')";
            case WEEK -> "to_char(date_trunc('week', submitted_at AT TIME ZONE :zone), 'IYYY-\"W\"IW')";
            case MONTH -> "to_char(date_trunc('month', submitted_at AT TIME ZONE :zone), 'YYYY-MM')";
            // Payee accounts are shown masked, as everywhere outside the request itself.
            case PAYEE -> "payee_name || ' (' || repeat('*', greatest(length(payee_account_number) - 4, 0)) || right(payee_account_number, 4) || ')'";
            case PAYER_ACCOUNT -> "payer_account";
        };
        return jdbc.sql("SELECT " + group + " AS grp, currency, count(*) AS n, sum(amount) AS total FROM transfer_request"
                        + " WHERE enterprise_id = :enterpriseId AND submitted_at >= :from AND submitted_at < :to AND state <> 'CANCELLED'"
                        + " GROUP BY 1, 2 ORDER BY 1, 2")
                .param("zone", zone.getId())
                .param("enterpriseId", enterpriseId)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, n) -> new Total(rs.getString("grp"), rs.getString("currency").strip(), rs.getLong("n"), rs.getBigDecimal("total")))
                .list();
    }

    @Override
    public List<StepLeadTime> leadTimes(UUID enterpriseId, Instant from, Instant to) {
        return jdbc.sql("""
                        WITH completed AS (
                            SELECT d.transfer_id, d.step_index, d.step_name, max(d.decided_at) AS done_at
                            FROM transfer_decision d JOIN transfer_request t ON t.id = d.transfer_id
                            WHERE t.enterprise_id = :enterpriseId AND t.submitted_at >= :from AND t.submitted_at < :to
                              AND d.verdict = 'APPROVE'
                            GROUP BY d.transfer_id, d.step_index, d.step_name),
                        durations AS (
                            SELECT c.step_name, extract(epoch FROM c.done_at - coalesce(
                                lag(c.done_at) OVER (PARTITION BY c.transfer_id ORDER BY c.step_index), t.submitted_at)) AS seconds
                            FROM completed c JOIN transfer_request t ON t.id = c.transfer_id)
                        SELECT step_name, count(*) AS n,
                               percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) AS p50,
                               percentile_cont(0.9) WITHIN GROUP (ORDER BY seconds) AS p90
                        FROM durations GROUP BY step_name ORDER BY step_name
                        """)
                .param("enterpriseId", enterpriseId)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, n) -> new StepLeadTime(rs.getString("step_name"), rs.getLong("n"), rs.getDouble("p50"), rs.getDouble("p90")))
                .list();
    }

    @Override
    public Rejections rejections(UUID enterpriseId, Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT count(*) FILTER (WHERE state NOT IN ('PENDING_AUDIT', 'PENDING_AUTHORIZATION', 'CANCELLED', 'EXPIRED', 'SUBMITTED')) AS decided,
                               count(*) FILTER (WHERE state = 'REJECTED') AS rejected
                        FROM transfer_request WHERE enterprise_id = ? AND submitted_at >= ? AND submitted_at < ?
                        """)
                .params(enterpriseId, Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> new Rejections(rs.getLong("decided"), rs.getLong("rejected")))
                .single();
    }
}
