package com.fundguard.voucher.voucher.adapter.out.persistence;

import com.fundguard.voucher.voucher.application.VoucherAttachments;
import com.fundguard.voucher.voucher.domain.DifferenceHash;
import com.fundguard.voucher.voucher.domain.ReuseSuspicion;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Attachments and the reuse comparison in PostgreSQL: the Hamming distance of two 64-bit hashes is
 * {@code bit_count((a # b)::bit(64))}, compared against every voucher on the enterprise's other transfers (a scan
 * of one enterprise's attachments; an index for near neighbours would be the next step at a few million vouchers).
 */
public class JdbcAttachments implements VoucherAttachments.Attachments {

    /** {@code other} shows the same evidence as {@code this}: the very voucher, the same bytes, or a near-identical picture. */
    private static final String SAME_EVIDENCE = """
            (other.id = this.id OR other.sha256 = this.sha256
             OR bit_count((other.difference_hash # this.difference_hash)::bit(64)) <= %d)""".formatted(DifferenceHash.NEAR_DUPLICATE_DISTANCE);

    private final JdbcClient jdbc;

    public JdbcAttachments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean attach(UUID enterpriseId, UUID transferId, UUID voucherId, UUID applicantId, Set<String> approverRoles, Instant at) {
        return jdbc.sql("""
                        INSERT INTO voucher_attachment (transfer_id, voucher_id, enterprise_id, applicant_id, approver_roles, attached_at)
                        SELECT ?, id, enterprise_id, ?, ?, ? FROM voucher WHERE id = ? AND enterprise_id = ?
                        ON CONFLICT DO NOTHING
                        """)
                .params(transferId, applicantId, approverRoles.toArray(String[]::new), Timestamp.from(at), voucherId, enterpriseId)
                .update() == 1;
    }

    @Override
    public List<ReuseSuspicion> sameEvidenceOnOtherTransfers(UUID enterpriseId, UUID transferId, UUID voucherId) {
        return jdbc.sql("""
                        SELECT other.id AS other_voucher, attached.transfer_id AS other_transfer,
                               CASE WHEN other.sha256 = this.sha256 THEN 0
                                    ELSE bit_count((other.difference_hash # this.difference_hash)::bit(64)) END AS distance
                        FROM voucher this
                        JOIN voucher_attachment attached ON attached.enterprise_id = this.enterprise_id AND attached.transfer_id <> ?
                        JOIN voucher other ON other.id = attached.voucher_id
                        WHERE this.id = ? AND this.enterprise_id = ? AND %s
                        ORDER BY attached.attached_at, other.id
                        """.formatted(SAME_EVIDENCE))
                .params(transferId, voucherId, enterpriseId)
                .query((rs, n) -> new ReuseSuspicion(voucherId, transferId, rs.getObject("other_voucher", UUID.class),
                        rs.getObject("other_transfer", UUID.class), rs.getInt("distance")))
                .list();
    }

    @Override
    public List<UUID> transfersWithSameEvidence(UUID enterpriseId, UUID voucherId) {
        return jdbc.sql("""
                        SELECT DISTINCT attached.transfer_id
                        FROM voucher this
                        JOIN voucher_attachment attached ON attached.enterprise_id = this.enterprise_id
                        JOIN voucher other ON other.id = attached.voucher_id
                        WHERE this.id = ? AND this.enterprise_id = ? AND %s
                        ORDER BY attached.transfer_id
                        """.formatted(SAME_EVIDENCE))
                .params(voucherId, enterpriseId)
                .query(UUID.class).list();
    }

    @Override
    public boolean recordSuspicion(ReuseSuspicion s, Instant at) {
        return jdbc.sql("""
                        INSERT INTO voucher_reuse (voucher_id, transfer_id, other_voucher_id, other_transfer_id, distance, detected_at)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
                        """)
                .params(s.voucherId(), s.transferId(), s.otherVoucherId(), s.otherTransferId(), s.distance(), Timestamp.from(at))
                .update() == 1;
    }

    @Override
    public List<ReuseSuspicion> suspicionsOf(UUID enterpriseId, UUID voucherId) {
        // Seen from the asked voucher's side, whichever side it was recorded on.
        return jdbc.sql("""
                        SELECT voucher_id, transfer_id, other_voucher_id, other_transfer_id, distance FROM voucher_reuse
                        WHERE voucher_id = ? AND EXISTS (SELECT 1 FROM voucher WHERE id = ? AND enterprise_id = ?)
                        UNION
                        SELECT other_voucher_id, other_transfer_id, voucher_id, transfer_id, distance FROM voucher_reuse
                        WHERE other_voucher_id = ? AND EXISTS (SELECT 1 FROM voucher WHERE id = ? AND enterprise_id = ?)
                        """)
                .params(voucherId, voucherId, enterpriseId, voucherId, voucherId, enterpriseId)
                .query((rs, n) -> new ReuseSuspicion(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getInt(5)))
                .list();
    }

    @Override
    public boolean visibleThroughTransfer(UUID enterpriseId, UUID voucherId, UUID person, Set<String> roles) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM voucher_attachment WHERE enterprise_id = ? AND voucher_id = ?
                                       AND (applicant_id = ? OR approver_roles && ?::text[]))
                        """)
                .params(enterpriseId, voucherId, person, roles.toArray(String[]::new))
                .query(Boolean.class).single();
    }
}
