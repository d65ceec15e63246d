package com.fundguard.approval.transfer.domain;

import java.time.Instant;
import java.util.UUID;

/** What happens to a transfer request; each act returns the events it causes. */
public sealed interface TransferEvent {

    UUID transferId();

    UUID enterpriseId();

    Instant at();

    /** A step's quorum of approvals is complete and the request moves on (AUDIT completes as "audited"). */
    record StepApproved(UUID transferId, UUID enterpriseId, String step, int stepIndex, TransferState nextState,
                        Instant at) implements TransferEvent {
    }

    record Authorized(UUID transferId, UUID enterpriseId, String routeDecidedBy, Instant at) implements TransferEvent {
    }

    record Rejected(UUID transferId, UUID enterpriseId, String step, UUID rejectedBy, String reason, Instant at)
            implements TransferEvent {
    }

    record Cancelled(UUID transferId, UUID enterpriseId, UUID cancelledBy, Instant at) implements TransferEvent {
    }

    record Expired(UUID transferId, UUID enterpriseId, TransferState expiredIn, Instant at) implements TransferEvent {
    }
}
