package com.fundguard.voucher.voucher.application;

import com.fundguard.voucher.voucher.domain.ReuseSuspicion;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Vouchers become part of a transfer when it is submitted (approval-service's TransferSubmitted): from then on its
 * applicant and the approvers of its route may see them, and each is compared with the vouchers of the enterprise's
 * other transfers. A near-identical picture, or the same voucher, on another transfer is a reuse suspicion on both,
 * told once per pair (VoucherReuseSuspected) and shown with either voucher. Runs inside the consumer's inbox
 * transaction, so a redelivered event changes nothing.
 */
public class VoucherAttachments {

    private final Attachments attachments;
    private final VoucherEvents events;
    private final Clock clock;

    public VoucherAttachments(Attachments attachments, VoucherEvents events, Clock clock) {
        this.attachments = attachments;
        this.events = events;
        this.clock = clock;
    }

    public void submitted(UUID enterpriseId, UUID transferId, UUID applicantId, List<UUID> voucherIds, Set<String> approverRoles) {
        for (UUID voucherId : voucherIds) {
            // A voucher id of another enterprise names nothing here: approval-service refused it at submission.
            if (!attachments.attach(enterpriseId, transferId, voucherId, applicantId, approverRoles, clock.instant())) {
                continue;
            }
            for (ReuseSuspicion suspicion : attachments.sameEvidenceOnOtherTransfers(enterpriseId, transferId, voucherId)) {
                if (attachments.recordSuspicion(suspicion, clock.instant())) {
                    events.reuseSuspected(enterpriseId, suspicion);
                }
            }
        }
    }

    /** The port: attachments and the comparison, in the database where the hashes are. */
    public interface Attachments {

        /** False when the enterprise has no such voucher. */
        boolean attach(UUID enterpriseId, UUID transferId, UUID voucherId, UUID applicantId, Set<String> approverRoles, java.time.Instant at);

        /** Vouchers of the enterprise's other transfers with the same bytes or a perceptual hash within the near-duplicate distance. */
        List<ReuseSuspicion> sameEvidenceOnOtherTransfers(UUID enterpriseId, UUID transferId, UUID voucherId);

        /** False when this pair was already told. */
        boolean recordSuspicion(ReuseSuspicion suspicion, java.time.Instant at);

        /**
         * Every transfer of the enterprise carrying this voucher or a near-identical picture, its own included: at
         * submission, before the new transfer is attached, any of them means the evidence is used again.
         */
        List<UUID> transfersWithSameEvidence(UUID enterpriseId, UUID voucherId);

        /** Every suspicion involving the voucher, whichever side it is on. */
        List<ReuseSuspicion> suspicionsOf(UUID enterpriseId, UUID voucherId);

        /** Whether the person may see the voucher as the applicant or an approver of a transfer it is attached to. */
        boolean visibleThroughTransfer(UUID enterpriseId, UUID voucherId, UUID person, Set<String> roles);
    }
}
