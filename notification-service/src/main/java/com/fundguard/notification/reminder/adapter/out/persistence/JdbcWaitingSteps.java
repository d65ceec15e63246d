package com.fundguard.notification.reminder.adapter.out.persistence;

import com.fundguard.notification.reminder.application.WaitingStep;
import com.fundguard.notification.reminder.application.WaitingSteps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Waiting steps in PostgreSQL ({@code approval_follow_up}); due ones are claimed {@code FOR UPDATE SKIP LOCKED}. */
public class JdbcWaitingSteps implements WaitingSteps {

    private final JdbcClient jdbc;

    public JdbcWaitingSteps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void waits(UUID enterpriseId, UUID transferId, int stepIndex, Instant since) {
        Timestamp at = timestamp(since);
        jdbc.sql("""
                        UPDATE approval_follow_up SET ended_at = ?, next_check_at = NULL
                        WHERE enterprise_id = ? AND transfer_id = ? AND step <> ? AND ended_at IS NULL
                        """)
                .params(at, enterpriseId, transferId, stepIndex).update();
        // The first look decides when the reminder is due under the policy then in force.
        jdbc.sql("""
                        INSERT INTO approval_follow_up (enterprise_id, transfer_id, step, pending_since, stage, next_check_at)
                        VALUES (?, ?, ?, ?, 'NOT_REMINDED', ?)
                        ON CONFLICT (enterprise_id, transfer_id, step) DO NOTHING
                        """)
                .params(enterpriseId, transferId, stepIndex, at, at).update();
    }

    @Override
    public void noneWaits(UUID enterpriseId, UUID transferId, Instant at) {
        jdbc.sql("""
                        UPDATE approval_follow_up SET ended_at = ?, next_check_at = NULL
                        WHERE enterprise_id = ? AND transfer_id = ? AND ended_at IS NULL
                        """)
                .params(timestamp(at), enterpriseId, transferId).update();
    }

    @Override
    public List<WaitingStep> claimDue(Instant now, int limit) {
        return jdbc.sql("""
                        SELECT * FROM approval_follow_up WHERE ended_at IS NULL AND next_check_at <= ?
                        ORDER BY next_check_at LIMIT ? FOR UPDATE SKIP LOCKED
                        """)
                .params(timestamp(now), limit)
                .query((rs, n) -> restore(rs))
                .list();
    }

    @Override
    public void followedUp(WaitingStep step, Optional<Instant> checkAgainAt) {
        jdbc.sql("""
                        UPDATE approval_follow_up SET stage = ?, reminded_at = ?, escalated_at = ?, next_check_at = ?
                        WHERE enterprise_id = ? AND transfer_id = ? AND step = ?
                        """)
                .params(step.stage().name(), step.remindedAt().map(JdbcWaitingSteps::timestamp).orElse(null),
                        step.escalatedAt().map(JdbcWaitingSteps::timestamp).orElse(null),
                        checkAgainAt.map(JdbcWaitingSteps::timestamp).orElse(null),
                        step.enterpriseId(), step.transferId(), step.stepIndex())
                .update();
    }

    @Override
    public void checkAgainByEnterprise(UUID enterpriseId, Instant at) {
        jdbc.sql("""
                        UPDATE approval_follow_up SET next_check_at = ?
                        WHERE enterprise_id = ? AND ended_at IS NULL AND stage <> 'ESCALATED'
                        """)
                .params(timestamp(at), enterpriseId).update();
    }

    private static WaitingStep restore(ResultSet rs) throws SQLException {
        return new WaitingStep(rs.getObject("enterprise_id", UUID.class), rs.getObject("transfer_id", UUID.class),
                rs.getInt("step"), rs.getTimestamp("pending_since").toInstant(), WaitingStep.Stage.valueOf(rs.getString("stage")),
                Optional.ofNullable(rs.getTimestamp("reminded_at")).map(Timestamp::toInstant),
                Optional.ofNullable(rs.getTimestamp("escalated_at")).map(Timestamp::toInstant));
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.from(instant.truncatedTo(ChronoUnit.MICROS));
    }
}
