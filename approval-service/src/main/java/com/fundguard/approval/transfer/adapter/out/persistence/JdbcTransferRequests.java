package com.fundguard.approval.transfer.adapter.out.persistence;

import com.fundguard.approval.transfer.application.ConcurrentTransferChangeException;
import com.fundguard.approval.transfer.application.SubmissionFacts;
import com.fundguard.approval.transfer.application.TransferFilter;
import com.fundguard.approval.transfer.application.TransferRequests;
import com.fundguard.approval.transfer.domain.ApproverRole;
import com.fundguard.approval.transfer.domain.Decision;
import com.fundguard.approval.transfer.domain.Money;
import com.fundguard.approval.transfer.domain.Payee;
import com.fundguard.approval.transfer.domain.PayeeType;
import com.fundguard.approval.transfer.domain.Route;
import com.fundguard.approval.transfer.domain.RouteStep;
import com.fundguard.approval.transfer.domain.TransferDetails;
import com.fundguard.approval.transfer.domain.TransferReference;
import com.fundguard.approval.transfer.domain.TransferRequest;
import com.fundguard.approval.transfer.domain.TransferState;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Transfer requests in PostgreSQL, with plain SQL; every statement is scoped by enterprise_id. The route is JSONB
 * (frozen, read whole); decisions are rows (evidence, appended only).
 */
public class JdbcTransferRequests implements TransferRequests {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public JdbcTransferRequests(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public TransferReference nextReference(LocalDate day) {
        long number = jdbc.sql("SELECT nextval('transfer_reference_number')").query(Long.class).single();
        return TransferReference.of(day, number);
    }

    @Override
    public void add(TransferRequest request, String idempotencyKey, String fingerprint) {
        TransferDetails details = request.details();
        jdbc.sql("""
                        INSERT INTO transfer_request (id, enterprise_id, reference, applicant_id, payer_account,
                            payee_name, payee_account_number, payee_bank_code, payee_type, amount, currency, purpose,
                            requested_execution_date, state, submitted_at, version, idempotency_key, request_fingerprint,
                            content_hash, route, current_step, resubmission_of)
                        VALUES (:id, :enterpriseId, :reference, :applicantId, :payerAccount, :payeeName, :payeeAccount,
                            :payeeBank, :payeeType, :amount, :currency, :purpose, :executionDate, :state, :submittedAt,
                            :version, :idempotencyKey, :fingerprint, :contentHash, :route::jsonb, :currentStep, :resubmissionOf)
                        """)
                .param("id", request.id())
                .param("enterpriseId", request.enterpriseId())
                .param("reference", request.reference().value())
                .param("applicantId", request.applicantId())
                .param("payerAccount", details.payerAccount())
                .param("payeeName", details.payee().name())
                .param("payeeAccount", details.payee().accountNumber())
                .param("payeeBank", details.payee().bankCode())
                .param("payeeType", details.payee().type().name())
                .param("amount", details.amount().amount())
                .param("currency", details.amount().currency().getCurrencyCode())
                .param("purpose", details.purpose())
                .param("executionDate", Date.valueOf(details.requestedExecutionDate()))
                .param("state", request.state().name())
                .param("submittedAt", Timestamp.from(request.submittedAt()))
                .param("version", request.version())
                .param("idempotencyKey", idempotencyKey)
                .param("fingerprint", fingerprint)
                .param("contentHash", request.contentHash())
                .param("route", routeJson(request.route()))
                .param("currentStep", request.currentStep())
                .param("resubmissionOf", request.resubmissionOf().orElse(null))
                .update();
        int position = 0;
        for (UUID voucherId : details.voucherIds()) {
            jdbc.sql("INSERT INTO transfer_voucher (transfer_id, position, voucher_id) VALUES (?, ?, ?)")
                    .params(request.id(), position++, voucherId).update();
        }
        addDecisions(request, 0);
    }

    @Override
    public void update(TransferRequest request) {
        int updated = jdbc.sql("""
                        UPDATE transfer_request SET state = ?, current_step = ?, version = version + 1
                        WHERE enterprise_id = ? AND id = ? AND version = ?
                        """)
                .params(request.state().name(), request.currentStep(), request.enterpriseId(), request.id(), request.version())
                .update();
        if (updated != 1) {
            throw new ConcurrentTransferChangeException("transfer " + request.reference() + " was changed by someone else meanwhile");
        }
        int stored = jdbc.sql("SELECT count(*) FROM transfer_decision WHERE transfer_id = ?").param(request.id())
                .query(Integer.class).single();
        addDecisions(request, stored);
    }

    private void addDecisions(TransferRequest request, int alreadyStored) {
        List<Decision> decisions = request.decisions();
        for (int position = alreadyStored; position < decisions.size(); position++) {
            Decision d = decisions.get(position);
            jdbc.sql("""
                            INSERT INTO transfer_decision (transfer_id, position, decider_id, step_index, step_name, verdict,
                                opinion, content_hash, client, decided_at, second_factor_proof)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            """)
                    .params(request.id(), position, d.deciderId(), d.stepIndex(), d.stepName(), d.verdict().name(), d.opinion(),
                            d.contentHash(), d.client(), Timestamp.from(d.decidedAt()), d.secondFactorProof().orElse(null))
                    .update();
        }
    }

    @Override
    public Optional<TransferRequest> find(UUID enterpriseId, UUID transferId) {
        List<UUID> vouchers = jdbc.sql("""
                        SELECT v.voucher_id FROM transfer_voucher v JOIN transfer_request t ON t.id = v.transfer_id
                        WHERE t.enterprise_id = ? AND t.id = ? ORDER BY v.position
                        """)
                .params(enterpriseId, transferId).query(UUID.class).list();
        List<Decision> decisions = jdbc.sql("""
                        SELECT d.* FROM transfer_decision d JOIN transfer_request t ON t.id = d.transfer_id
                        WHERE t.enterprise_id = ? AND t.id = ? ORDER BY d.position
                        """)
                .params(enterpriseId, transferId)
                .query((rs, n) -> new Decision(rs.getObject("decider_id", UUID.class), rs.getInt("step_index"),
                        rs.getString("step_name"), Decision.Verdict.valueOf(rs.getString("verdict")), rs.getString("opinion"),
                        rs.getString("content_hash"), rs.getString("client"), rs.getTimestamp("decided_at").toInstant(),
                        Optional.ofNullable(rs.getString("second_factor_proof"))))
                .list();
        return jdbc.sql("SELECT * FROM transfer_request WHERE enterprise_id = ? AND id = ?")
                .params(enterpriseId, transferId)
                .query((rs, n) -> restore(rs, vouchers, decisions))
                .optional();
    }

    @Override
    public List<TransferRequest> list(UUID enterpriseId, TransferFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT id FROM transfer_request WHERE enterprise_id = :enterpriseId");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("enterpriseId", enterpriseId);
        filter.state().ifPresent(v -> { sql.append(" AND state = :state"); params.put("state", v.name()); });
        filter.submittedFrom().ifPresent(v -> { sql.append(" AND submitted_at >= :from"); params.put("from", Timestamp.from(v)); });
        filter.submittedTo().ifPresent(v -> { sql.append(" AND submitted_at < :to"); params.put("to", Timestamp.from(v)); });
        filter.minAmount().ifPresent(v -> { sql.append(" AND amount >= :min"); params.put("min", v); });
        filter.maxAmount().ifPresent(v -> { sql.append(" AND amount <= :max"); params.put("max", v); });
        filter.payee().ifPresent(v -> {
            sql.append(" AND (payee_name ILIKE :payee OR payee_account_number = :payeeAccount)");
            params.put("payee", "%" + v.replace("%", "\\%").replace("_", "\\_") + "%");
            params.put("payeeAccount", v);
        });
        filter.applicant().ifPresent(v -> { sql.append(" AND applicant_id = :applicant"); params.put("applicant", v); });
        filter.after().ifPresent(c -> {
            sql.append(" AND (submitted_at, id) < (:afterAt, :afterId)");
            params.put("afterAt", Timestamp.from(c.submittedAt()));
            params.put("afterId", c.id());
        });
        sql.append(" ORDER BY submitted_at DESC, id DESC LIMIT :limit");
        params.put("limit", filter.limit());
        return jdbc.sql(sql.toString()).params(params).query(UUID.class).list().stream()
                .map(id -> find(enterpriseId, id).orElseThrow())
                .toList();
    }

    @Override
    public List<RequestKey> awaitingDecisionSubmittedBefore(java.time.Instant before, int limit) {
        return jdbc.sql("""
                        SELECT enterprise_id, id FROM transfer_request
                        WHERE state IN ('PENDING_AUDIT', 'PENDING_AUTHORIZATION') AND submitted_at < ?
                        ORDER BY submitted_at LIMIT ?
                        """)
                .params(Timestamp.from(before), limit)
                .query((rs, n) -> new RequestKey(rs.getObject("enterprise_id", UUID.class), rs.getObject("id", UUID.class)))
                .list();
    }

    @Override
    public Optional<IdempotentCreation> findByIdempotencyKey(UUID enterpriseId, String idempotencyKey) {
        return jdbc.sql("SELECT id, request_fingerprint FROM transfer_request WHERE enterprise_id = ? AND idempotency_key = ?")
                .params(enterpriseId, idempotencyKey)
                .query((rs, n) -> new IdempotentCreation(rs.getObject("id", UUID.class), rs.getString("request_fingerprint")))
                .optional();
    }

    @Override
    public SubmissionFacts factsAround(UUID enterpriseId, UUID applicantId, String payeeAccount, Currency currency,
                                       java.time.Instant dayStart, java.time.Instant now) {
        // Requests that were refused or withdrawn did not use up the applicant's day.
        var day = jdbc.sql("""
                        SELECT count(*) AS n, coalesce(sum(amount), 0) AS total FROM transfer_request
                        WHERE enterprise_id = ? AND applicant_id = ? AND currency = ? AND submitted_at >= ?
                        AND state NOT IN ('REJECTED', 'CANCELLED', 'EXPIRED')
                        """)
                .params(enterpriseId, applicantId, currency.getCurrencyCode(), Timestamp.from(dayStart))
                .query((rs, n) -> new Object[] {rs.getLong("n"), rs.getBigDecimal("total")}).single();
        var payee = jdbc.sql("""
                        SELECT count(*) AS n, coalesce(avg(amount), 0) AS average,
                               count(*) FILTER (WHERE submitted_at >= ?) AS recent
                        FROM transfer_request WHERE enterprise_id = ? AND payee_account_number = ? AND currency = ?
                        """)
                .params(Timestamp.from(now.minus(java.time.Duration.ofHours(24))), enterpriseId, payeeAccount, currency.getCurrencyCode())
                .query((rs, n) -> new Object[] {rs.getLong("n"), rs.getBigDecimal("average"), rs.getLong("recent")}).single();
        return new SubmissionFacts((Long) day[0], (java.math.BigDecimal) day[1], (Long) payee[0] == 0,
                ((java.math.BigDecimal) payee[1]).setScale(currency.getDefaultFractionDigits(), java.math.RoundingMode.HALF_EVEN),
                (Long) payee[2]);
    }

    private String routeJson(Route route) {
        ObjectNode node = json.createObjectNode().put("decidedBy", route.decidedBy());
        route.steps().forEach(step -> node.withArray("steps").addObject()
                .put("name", step.name()).put("role", step.role().name()).put("quorum", step.quorum()));
        node.withArray("steps");
        route.riskFlags().forEach(node.withArray("riskFlags")::add);
        node.withArray("riskFlags");
        return json.writeValueAsString(node);
    }

    private Route route(String text) {
        JsonNode node = json.readTree(text);
        List<RouteStep> steps = node.path("steps").valueStream()
                .map(s -> new RouteStep(s.path("name").asString(), ApproverRole.valueOf(s.path("role").asString()), s.path("quorum").asInt()))
                .toList();
        List<String> flags = node.path("riskFlags").valueStream().map(JsonNode::asString).toList();
        return new Route(node.path("decidedBy").asString(), steps, flags);
    }

    private TransferRequest restore(ResultSet rs, List<UUID> vouchers, List<Decision> decisions) throws SQLException {
        Payee payee = new Payee(rs.getString("payee_name"), rs.getString("payee_account_number"),
                rs.getString("payee_bank_code"), PayeeType.valueOf(rs.getString("payee_type")));
        Money amount = new Money(rs.getBigDecimal("amount"), Currency.getInstance(rs.getString("currency")));
        TransferDetails details = new TransferDetails(rs.getString("payer_account"), payee, amount,
                rs.getString("purpose"), rs.getDate("requested_execution_date").toLocalDate(), vouchers);
        return TransferRequest.restore(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                new TransferReference(rs.getString("reference")), rs.getObject("applicant_id", UUID.class), details,
                rs.getString("content_hash"), route(rs.getString("route")), TransferState.valueOf(rs.getString("state")),
                rs.getInt("current_step"), decisions, rs.getTimestamp("submitted_at").toInstant(),
                Optional.ofNullable(rs.getObject("resubmission_of", UUID.class)), rs.getLong("version"));
    }
}
