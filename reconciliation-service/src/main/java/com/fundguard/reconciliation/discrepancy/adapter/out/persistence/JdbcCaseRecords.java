package com.fundguard.reconciliation.discrepancy.adapter.out.persistence;

import com.fundguard.reconciliation.discrepancy.application.CaseFilter;
import com.fundguard.reconciliation.discrepancy.application.CaseLogEntry;
import com.fundguard.reconciliation.discrepancy.application.CaseRecords;
import com.fundguard.reconciliation.discrepancy.domain.Attachment;
import com.fundguard.reconciliation.discrepancy.domain.CaseFacts;
import com.fundguard.reconciliation.discrepancy.domain.CaseState;
import com.fundguard.reconciliation.discrepancy.domain.DiscrepancyCase;
import com.fundguard.reconciliation.discrepancy.domain.DiscrepancyType;
import com.fundguard.reconciliation.discrepancy.domain.Proposal;
import com.fundguard.reconciliation.discrepancy.domain.Resolution;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Cases, their lines and transfers, their log and documents in PostgreSQL (V5). */
public class JdbcCaseRecords implements CaseRecords {

    private static final String COLUMNS = """
            id, enterprise_id, type, account, currency, amount, transaction_date, detail, state, owner_id, opened_at, deadline,
            escalated_at, proposed_by, proposed_resolution, proposed_evidence, proposed_at, resolved_by, resolution_proposed_by,
            resolution, evidence, resolved_at,
            ARRAY(SELECT l.statement_line_id::text FROM discrepancy_case_line l WHERE l.case_id = discrepancy_case.id ORDER BY l.position)
                AS line_ids,
            ARRAY(SELECT t.transfer_id::text FROM discrepancy_case_transfer t WHERE t.case_id = discrepancy_case.id ORDER BY t.position)
                AS transfer_ids""";

    private final JdbcClient jdbc;

    public JdbcCaseRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean add(DiscrepancyCase c, String identityKey) {
        CaseFacts f = c.facts();
        int added = jdbc.sql("""
                        INSERT INTO discrepancy_case (id, enterprise_id, identity_key, type, account, currency, amount, transaction_date,
                                                      detail, state, opened_at, deadline)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)
                        ON CONFLICT (enterprise_id, identity_key) DO NOTHING""")
                .params(c.id(), f.enterpriseId(), identityKey, f.type().name(), f.account(), f.currency().getCurrencyCode(), f.amount(),
                        f.transactionDate(), f.detail(), ts(c.openedAt()), ts(c.deadline()))
                .update();
        if (added == 0) {
            return false;
        }
        for (int i = 0; i < f.statementLineIds().size(); i++) {
            jdbc.sql("INSERT INTO discrepancy_case_line (case_id, enterprise_id, position, statement_line_id) VALUES (?, ?, ?, ?)")
                    .params(c.id(), f.enterpriseId(), i, f.statementLineIds().get(i)).update();
        }
        for (int i = 0; i < f.transferIds().size(); i++) {
            jdbc.sql("INSERT INTO discrepancy_case_transfer (case_id, enterprise_id, position, transfer_id) VALUES (?, ?, ?, ?)")
                    .params(c.id(), f.enterpriseId(), i, f.transferIds().get(i)).update();
        }
        // The state and what comes with it (an automatic resolution) as any later act writes them.
        update(c);
        return true;
    }

    @Override
    public Optional<UUID> findByIdentity(UUID enterpriseId, String identityKey) {
        return jdbc.sql("SELECT id FROM discrepancy_case WHERE enterprise_id = ? AND identity_key = ?")
                .params(enterpriseId, identityKey).query(UUID.class).optional();
    }

    @Override
    public Optional<DiscrepancyCase> find(UUID enterpriseId, UUID caseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM discrepancy_case WHERE enterprise_id = ? AND id = ?")
                .params(enterpriseId, caseId).query((rs, n) -> restore(rs)).optional();
    }

    @Override
    public Optional<DiscrepancyCase> lock(UUID enterpriseId, UUID caseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM discrepancy_case WHERE enterprise_id = ? AND id = ? FOR UPDATE")
                .params(enterpriseId, caseId).query((rs, n) -> restore(rs)).optional();
    }

    @Override
    public void update(DiscrepancyCase c) {
        Optional<Proposal> p = c.proposal();
        Optional<Resolution> r = c.resolution();
        int updated = jdbc.sql("""
                        UPDATE discrepancy_case
                           SET state = ?, owner_id = ?, escalated_at = ?, proposed_by = ?, proposed_resolution = ?, proposed_evidence = ?,
                               proposed_at = ?, resolved_by = ?, resolution_proposed_by = ?, resolution = ?, evidence = ?, resolved_at = ?
                         WHERE enterprise_id = ? AND id = ?""")
                .params(c.state().name(), c.owner().orElse(null), c.escalatedAt().map(JdbcCaseRecords::ts).orElse(null),
                        p.map(Proposal::by).orElse(null), p.map(Proposal::resolution).orElse(null), p.map(Proposal::evidence).orElse(null),
                        p.map(x -> ts(x.at())).orElse(null), r.flatMap(Resolution::approvedBy).orElse(null),
                        r.flatMap(Resolution::proposedBy).orElse(null), r.map(Resolution::resolution).orElse(null),
                        r.map(Resolution::evidence).orElse(null), r.map(x -> ts(x.at())).orElse(null),
                        c.facts().enterpriseId(), c.id())
                .update();
        if (updated != 1) {
            throw new IllegalStateException("case " + c.id() + " is not stored");
        }
    }

    @Override
    public List<DiscrepancyCase> list(UUID enterpriseId, CaseFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM discrepancy_case WHERE enterprise_id = :enterprise");
        if (filter.openOnly()) {
            sql.append(" AND state <> 'RESOLVED'");
        }
        filter.state().ifPresent(s -> sql.append(" AND state = :state"));
        filter.type().ifPresent(t -> sql.append(" AND type = :type"));
        filter.openedAtOrBefore().ifPresent(t -> sql.append(" AND opened_at <= :openedBefore"));
        sql.append(" ORDER BY opened_at DESC, id LIMIT :limit");
        var statement = jdbc.sql(sql.toString()).param("enterprise", enterpriseId).param("limit", filter.limit());
        if (filter.state().isPresent()) {
            statement = statement.param("state", filter.state().get().name());
        }
        if (filter.type().isPresent()) {
            statement = statement.param("type", filter.type().get().name());
        }
        if (filter.openedAtOrBefore().isPresent()) {
            statement = statement.param("openedBefore", ts(filter.openedAtOrBefore().get()));
        }
        return statement.query((rs, n) -> restore(rs)).list();
    }

    @Override
    public List<DiscrepancyCase> lockOverdue(Instant now, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM discrepancy_case
                        WHERE state <> 'RESOLVED' AND escalated_at IS NULL AND deadline <= ?
                        ORDER BY deadline LIMIT ? FOR UPDATE SKIP LOCKED""")
                .params(ts(now), limit).query((rs, n) -> restore(rs)).list();
    }

    @Override
    public boolean isLineInOpenCase(UUID enterpriseId, UUID statementLineId) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM discrepancy_case_line l JOIN discrepancy_case c ON c.id = l.case_id
                                        WHERE l.enterprise_id = ? AND l.statement_line_id = ? AND c.state <> 'RESOLVED')""")
                .params(enterpriseId, statementLineId).query(Boolean.class).single();
    }

    @Override
    public void appendLog(UUID enterpriseId, CaseLogEntry e) {
        jdbc.sql("INSERT INTO discrepancy_log (id, case_id, enterprise_id, kind, actor_id, at, text) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(e.id(), e.caseId(), enterpriseId, e.kind(), e.by().orElse(null), ts(e.at()), e.text()).update();
    }

    @Override
    public List<CaseLogEntry> log(UUID enterpriseId, UUID caseId) {
        List<CaseLogEntry> entries = jdbc.sql("""
                        SELECT id, case_id, kind, actor_id, at, text FROM discrepancy_log
                         WHERE enterprise_id = ? AND case_id = ? ORDER BY seq""")
                .params(enterpriseId, caseId)
                .query((rs, n) -> new CaseLogEntry(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), rs.getString("kind"),
                        Optional.ofNullable(rs.getObject("actor_id", UUID.class)), rs.getTimestamp("at").toInstant(), rs.getString("text"),
                        List.of()))
                .list();
        record Filed(UUID entryId, Attachment attachment) {
        }
        List<Filed> filed = jdbc.sql("""
                        SELECT log_entry_id, id, file_name, content_type, size_bytes, sha256 FROM discrepancy_attachment
                         WHERE enterprise_id = ? AND case_id = ? ORDER BY log_entry_id, position""")
                .params(enterpriseId, caseId)
                .query((rs, n) -> new Filed(rs.getObject("log_entry_id", UUID.class), attachment(rs)))
                .list();
        List<CaseLogEntry> withDocuments = new ArrayList<>(entries.size());
        for (CaseLogEntry e : entries) {
            List<Attachment> own = filed.stream().filter(f -> f.entryId().equals(e.id())).map(Filed::attachment).toList();
            withDocuments.add(new CaseLogEntry(e.id(), e.caseId(), e.kind(), e.by(), e.at(), e.text(), own));
        }
        return withDocuments;
    }

    @Override
    public void addAttachment(UUID enterpriseId, UUID caseId, UUID logEntryId, Attachment a, byte[] content) {
        jdbc.sql("""
                        INSERT INTO discrepancy_attachment (id, case_id, log_entry_id, enterprise_id, file_name, content_type, size_bytes,
                                                            sha256, content, position)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT count(*) FROM discrepancy_attachment WHERE log_entry_id = ?))""")
                .params(a.id(), caseId, logEntryId, enterpriseId, a.fileName(), a.contentType(), a.sizeBytes(), a.sha256(), content, logEntryId)
                .update();
    }

    @Override
    public Optional<StoredAttachment> attachment(UUID enterpriseId, UUID caseId, UUID attachmentId) {
        return jdbc.sql("""
                        SELECT id, file_name, content_type, size_bytes, sha256, content FROM discrepancy_attachment
                         WHERE enterprise_id = ? AND case_id = ? AND id = ?""")
                .params(enterpriseId, caseId, attachmentId)
                .query((rs, n) -> new StoredAttachment(attachment(rs), rs.getBytes("content")))
                .optional();
    }

    private static Attachment attachment(ResultSet rs) throws SQLException {
        return new Attachment(rs.getObject("id", UUID.class), rs.getString("file_name"), rs.getString("content_type"),
                rs.getLong("size_bytes"), rs.getString("sha256"));
    }

    private static List<UUID> uuids(ResultSet rs, String column) throws SQLException {
        String[] ids = (String[]) rs.getArray(column).getArray();
        return java.util.Arrays.stream(ids).map(UUID::fromString).toList();
    }

    private static DiscrepancyCase restore(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID enterpriseId = rs.getObject("enterprise_id", UUID.class);
        Currency currency = Currency.getInstance(rs.getString("currency"));
        List<UUID> lines = uuids(rs, "line_ids");
        List<UUID> transfers = uuids(rs, "transfer_ids");
        CaseFacts facts = new CaseFacts(enterpriseId, DiscrepancyType.valueOf(rs.getString("type")), rs.getString("account"), currency,
                inCurrency(rs.getBigDecimal("amount"), currency), lines, transfers, rs.getObject("transaction_date", java.time.LocalDate.class),
                rs.getString("detail"));
        CaseState state = CaseState.valueOf(rs.getString("state"));
        Optional<Proposal> proposal = state == CaseState.RESOLUTION_PROPOSED
                ? Optional.of(new Proposal(rs.getObject("proposed_by", UUID.class), rs.getString("proposed_resolution"),
                rs.getString("proposed_evidence"), instant(rs, "proposed_at").orElseThrow()))
                : Optional.empty();
        Optional<Resolution> resolution = state == CaseState.RESOLVED
                ? Optional.of(new Resolution(Optional.ofNullable(rs.getObject("resolution_proposed_by", UUID.class)),
                Optional.ofNullable(rs.getObject("resolved_by", UUID.class)), rs.getString("resolution"), rs.getString("evidence"),
                instant(rs, "resolved_at").orElseThrow()))
                : Optional.empty();
        return new DiscrepancyCase(id, facts, rs.getTimestamp("opened_at").toInstant(), rs.getTimestamp("deadline").toInstant(), state,
                Optional.ofNullable(rs.getObject("owner_id", UUID.class)), instant(rs, "escalated_at"), proposal, resolution);
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? Optional.empty() : Optional.of(t.toInstant());
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    /** NUMERIC(19,4) gives four decimals; the amount reads as its currency writes it. */
    private static BigDecimal inCurrency(BigDecimal stored, Currency currency) {
        BigDecimal plain = stored.stripTrailingZeros();
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        return plain.scale() < digits ? plain.setScale(digits) : plain;
    }
}
