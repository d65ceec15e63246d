package com.fundguard.approval.transfer.adapter.out.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Published contracts on the {@code transfer} topic for what happens after submission. Each carries the reference
 * and the applicant, so a consumer can tell the people concerned without keeping its own copy of the request.
 */
final class TransferDecidedEventsV1 {

    private TransferDecidedEventsV1() {
    }

    /** The AUDIT step's quorum approved; {@code approvedBy} are the people whose approvals made the quorum. */
    record TransferAuditedV1(UUID transferId, String reference, UUID applicantId, String nextState, Instant auditedAt,
                             List<UUID> approvedBy) {
        static final String TYPE = "com.fundguard.transfer.audited.v1";
    }

    /** Another step of the route (added by a rule) approved; {@code approvedBy} as for the audit. */
    record TransferStepApprovedV1(UUID transferId, String reference, UUID applicantId, String step, int stepIndex, String nextState, Instant approvedAt,
                                  List<UUID> approvedBy) {
        static final String TYPE = "com.fundguard.transfer.step-approved.v1";
    }

    /**
     * The route is complete: the request may be executed. {@code routeDecidedBy} names the rule set and version.
     * {@code order} is the execution instruction, exactly as approved: the one event that carries the payee's full
     * account, because bank-connector-service executes from it (the submitted event masks it). {@code approvedBy} is
     * everyone who approved a step of the route, in the order they did (empty when no step needed anyone).
     */
    record TransferAuthorizedV1(UUID transferId, String reference, UUID applicantId, String routeDecidedBy, Instant authorizedAt,
                                OrderV1 order, List<UUID> approvedBy) {
        static final String TYPE = "com.fundguard.transfer.authorized.v1";
    }

    /** What was approved; {@code contentHash} is the hash the deciders confirmed (common-crypto ApprovedContent). */
    record OrderV1(String payerAccount, String payeeName, String payeeAccount, String payeeBankCode, String payeeType, String amount,
                   String currency, String purpose, LocalDate requestedExecutionDate, List<UUID> voucherIds, String contentHash) {
    }

    record TransferRejectedV1(UUID transferId, String reference, UUID applicantId, String step, UUID rejectedBy, String reason, Instant rejectedAt) {
        static final String TYPE = "com.fundguard.transfer.rejected.v1";
    }

    record TransferCancelledV1(UUID transferId, String reference, UUID applicantId, UUID cancelledBy, Instant cancelledAt) {
        static final String TYPE = "com.fundguard.transfer.cancelled.v1";
    }

    record TransferExpiredV1(UUID transferId, String reference, UUID applicantId, String expiredIn, Instant expiredAt) {
        static final String TYPE = "com.fundguard.transfer.expired.v1";
    }
}
