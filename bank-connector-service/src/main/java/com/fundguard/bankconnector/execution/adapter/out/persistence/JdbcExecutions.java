package com.fundguard.bankconnector.execution.adapter.out.persistence;

import com.fundguard.bankconnector.execution.application.Executions;
import com.fundguard.bankconnector.execution.domain.AgentReport;
import com.fundguard.bankconnector.execution.domain.Execution;
import com.fundguard.bankconnector.execution.domain.ExecutionOrder;
import com.fundguard.bankconnector.execution.domain.ExecutionState;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

public class JdbcExecutions implements Executions {

    private final JdbcClient jdbc;

    public JdbcExecutions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean addIfAbsent(Execution e, Instant now) {
        ExecutionOrder o = e.order();
        int added = jdbc.sql("""
                        INSERT INTO execution (transfer_id, enterprise_id, reference, end_to_end_id, payer_account, payer_name, payer_bank_code,
                            payee_name, payee_account, payee_bank_code, payee_type, amount, currency, purpose, requested_execution_date,
                            voucher_ids, content_hash, state, attempt, not_before, unanswered_inquiries, not_sent_attempts, reason_code,
                            queued_at, updated_at, version)
                        VALUES (:transferId, :enterpriseId, :reference, :endToEndId, :payerAccount, :payerName, :payerBankCode,
                            :payeeName, :payeeAccount, :payeeBankCode, :payeeType, :amount, :currency, :purpose, :date,
                            :voucherIds, :contentHash, :state, :attempt, :notBefore, 0, 0, :reasonCode, :now, :now, 0)
                        ON CONFLICT (transfer_id) DO NOTHING
                        """)
                .param("transferId", o.transferId()).param("enterpriseId", o.enterpriseId()).param("reference", o.reference())
                .param("endToEndId", o.endToEndId()).param("payerAccount", o.payerAccount()).param("payerName", o.payerName())
                .param("payerBankCode", o.payerBankCode()).param("payeeName", o.payeeName()).param("payeeAccount", o.payeeAccount())
                .param("payeeBankCode", o.payeeBankCode()).param("payeeType", o.payeeType()).param("amount", o.amount())
                .param("currency", o.currency().getCurrencyCode()).param("purpose", o.purpose())
                .param("date", o.requestedExecutionDate()).param("voucherIds", o.voucherIds().toArray(UUID[]::new))
                .param("contentHash", o.contentHash()).param("state", e.state().name()).param("attempt", e.attempt())
                .param("notBefore", Timestamp.from(e.notBefore())).param("reasonCode", e.reasonCode().orElse(null))
                .param("now", Timestamp.from(now))
                .update();
        return added == 1;
    }

    @Override
    public Optional<Execution> find(UUID enterpriseId, UUID transferId) {
        return jdbc.sql("SELECT * FROM execution WHERE enterprise_id = ? AND transfer_id = ?")
                .params(enterpriseId, transferId).query((rs, n) -> restore(rs)).optional();
    }

    @Override
    public Optional<Execution> findForUpdate(UUID enterpriseId, UUID transferId) {
        return jdbc.sql("SELECT * FROM execution WHERE enterprise_id = ? AND transfer_id = ? FOR UPDATE")
                .params(enterpriseId, transferId).query((rs, n) -> restore(rs)).optional();
    }

    @Override
    public Optional<Execution> findByClaimForUpdate(UUID enterpriseId, UUID claimId) {
        return jdbc.sql("SELECT * FROM execution WHERE enterprise_id = ? AND claim_id = ? FOR UPDATE")
                .params(enterpriseId, claimId).query((rs, n) -> restore(rs)).optional();
    }

    @Override
    public Optional<Execution> nextClaimable(UUID enterpriseId, Instant now) {
        return jdbc.sql("""
                        SELECT * FROM execution e
                        WHERE e.enterprise_id = ? AND e.state = 'QUEUED' AND e.not_before <= ?
                          AND NOT EXISTS (SELECT 1 FROM execution busy WHERE busy.enterprise_id = e.enterprise_id
                                          AND busy.payer_account = e.payer_account AND busy.state IN ('CLAIMED', 'SENDING'))
                        ORDER BY e.not_before, e.queued_at
                        LIMIT 1 FOR UPDATE SKIP LOCKED
                        """)
                .params(enterpriseId, Timestamp.from(now)).query((rs, n) -> restore(rs)).optional();
    }

    @Override
    public List<Execution> expiredLeases(Instant now, int limit) {
        return jdbc.sql("""
                        SELECT * FROM execution WHERE state IN ('CLAIMED', 'SENDING') AND lease_expires_at <= ?
                        ORDER BY lease_expires_at LIMIT ? FOR UPDATE SKIP LOCKED
                        """)
                .params(Timestamp.from(now), limit).query((rs, n) -> restore(rs)).list();
    }

    @Override
    public List<Execution> dueInquiries(Instant now, int limit) {
        return jdbc.sql("SELECT * FROM execution WHERE state = 'OUTCOME_UNKNOWN' AND next_inquiry_at <= ? ORDER BY next_inquiry_at LIMIT ?")
                .params(Timestamp.from(now), limit).query((rs, n) -> restore(rs)).list();
    }

    @Override
    public void update(Execution e, Instant now) {
        Optional<Execution.Claim> claim = e.claim();
        Optional<AgentReport> reported = e.reported();
        int updated = jdbc.sql("""
                        UPDATE execution SET state = :state, attempt = :attempt, claim_id = :claimId, agent_id = :agentId,
                            lease_expires_at = :lease, not_before = :notBefore, next_inquiry_at = :nextInquiry,
                            unanswered_inquiries = :unanswered, not_sent_attempts = :notSent, bank_reference = :bankReference,
                            reason_code = :reasonCode, reported_outcome = :reportedOutcome, reported_bank_reference = :reportedReference,
                            reported_reason_code = :reportedReason, updated_at = :now, version = version + 1
                        WHERE transfer_id = :transferId AND version = :version
                        """)
                .param("state", e.state().name()).param("attempt", e.attempt())
                .param("claimId", claim.map(Execution.Claim::claimId).orElse(null))
                .param("agentId", claim.map(Execution.Claim::agentId).orElse(null))
                .param("lease", claim.map(c -> Timestamp.from(c.leaseExpiresAt())).orElse(null))
                .param("notBefore", Timestamp.from(e.notBefore()))
                .param("nextInquiry", e.nextInquiryAt().map(Timestamp::from).orElse(null))
                .param("unanswered", e.unansweredInquiries()).param("notSent", e.notSentAttempts())
                .param("bankReference", e.bankReference().orElse(null)).param("reasonCode", e.reasonCode().orElse(null))
                .param("reportedOutcome", reported.map(r -> r.outcome().name()).orElse(null))
                .param("reportedReference", reported.flatMap(AgentReport::bankReference).orElse(null))
                .param("reportedReason", reported.flatMap(AgentReport::reasonCode).orElse(null))
                .param("now", Timestamp.from(now)).param("transferId", e.transferId()).param("version", e.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("execution " + e.transferId() + " changed meanwhile");
        }
    }

    @Override
    public void recordStep(Execution e, String step, String agentId, UUID claimId, String detail, Instant at) {
        jdbc.sql("""
                        INSERT INTO execution_step (transfer_id, enterprise_id, attempt, step, agent_id, claim_id, detail, at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(e.transferId(), e.enterpriseId(), e.attempt(), step, agentId, claimId, detail, Timestamp.from(at)).update();
    }

    @Override
    public List<TimelineStep> timeline(UUID enterpriseId, UUID transferId) {
        return jdbc.sql("SELECT attempt, step, agent_id, detail, at FROM execution_step WHERE enterprise_id = ? AND transfer_id = ? ORDER BY id")
                .params(enterpriseId, transferId)
                .query((rs, n) -> new TimelineStep(rs.getInt("attempt"), rs.getString("step"), rs.getString("agent_id"),
                        rs.getString("detail"), rs.getTimestamp("at").toInstant()))
                .list();
    }

    /** In the currency's own number of decimals, as approved and hashed (the column keeps four). */
    private static java.math.BigDecimal amount(ResultSet rs) throws SQLException {
        return rs.getBigDecimal("amount").setScale(Currency.getInstance(rs.getString("currency")).getDefaultFractionDigits(),
                java.math.RoundingMode.UNNECESSARY);
    }

    private static Execution restore(ResultSet rs) throws SQLException {
        Array vouchers = rs.getArray("voucher_ids");
        ExecutionOrder order = new ExecutionOrder(rs.getObject("transfer_id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                rs.getString("reference"), rs.getString("payer_account"), rs.getString("payer_name"), rs.getString("payer_bank_code"),
                rs.getString("payee_name"), rs.getString("payee_account"), rs.getString("payee_bank_code"), rs.getString("payee_type"),
                amount(rs), Currency.getInstance(rs.getString("currency")), rs.getString("purpose"),
                rs.getObject("requested_execution_date", java.time.LocalDate.class),
                Arrays.asList((UUID[]) vouchers.getArray()), rs.getString("content_hash"));
        UUID claimId = rs.getObject("claim_id", UUID.class);
        Optional<Execution.Claim> claim = claimId == null ? Optional.empty()
                : Optional.of(new Execution.Claim(claimId, rs.getString("agent_id"), rs.getTimestamp("lease_expires_at").toInstant()));
        String reportedOutcome = rs.getString("reported_outcome");
        Optional<AgentReport> reported = reportedOutcome == null ? Optional.empty()
                : Optional.of(new AgentReport(AgentReport.Outcome.valueOf(reportedOutcome), Optional.ofNullable(rs.getString("reported_bank_reference")),
                        Optional.ofNullable(rs.getString("reported_reason_code"))));
        Timestamp inquiry = rs.getTimestamp("next_inquiry_at");
        return Execution.restore(order, ExecutionState.valueOf(rs.getString("state")), rs.getInt("attempt"), claim,
                rs.getTimestamp("not_before").toInstant(), Optional.ofNullable(inquiry).map(Timestamp::toInstant),
                rs.getInt("unanswered_inquiries"), rs.getInt("not_sent_attempts"), Optional.ofNullable(rs.getString("bank_reference")),
                Optional.ofNullable(rs.getString("reason_code")), reported, rs.getLong("version"));
    }
}
