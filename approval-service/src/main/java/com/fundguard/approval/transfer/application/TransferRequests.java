package com.fundguard.approval.transfer.application;

import com.fundguard.approval.transfer.domain.TransferReference;
import com.fundguard.approval.transfer.domain.TransferRequest;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Where transfer requests are kept. Every lookup names the enterprise: there is no query across tenants. */
public interface TransferRequests {

    TransferReference nextReference(LocalDate day);

    /** Stores a new request with the idempotency key and request fingerprint it was created under. */
    void add(TransferRequest request, String idempotencyKey, String fingerprint);

    /**
     * Stores the request's new state and its new decisions if nobody changed it since it was read (its version);
     * otherwise throws {@link ConcurrentTransferChangeException} and stores nothing.
     */
    void update(TransferRequest request);

    Optional<TransferRequest> find(UUID enterpriseId, UUID transferId);

    /** A page of the enterprise's requests matching the filter, newest first. */
    java.util.List<TransferRequest> list(UUID enterpriseId, TransferFilter filter);

    /** Requests of every enterprise still awaiting a decision and submitted before the instant (oldest first). */
    java.util.List<RequestKey> awaitingDecisionSubmittedBefore(java.time.Instant before, int limit);

    record RequestKey(UUID enterpriseId, UUID transferId) {
    }

    Optional<IdempotentCreation> findByIdempotencyKey(UUID enterpriseId, String idempotencyKey);

    /** The applicant's day and the payee's history in the enterprise, in one currency, for the rules. */
    SubmissionFacts factsAround(UUID enterpriseId, UUID applicantId, String payeeAccount, java.util.Currency currency,
                                java.time.Instant dayStart, java.time.Instant now);

    record IdempotentCreation(UUID transferId, String fingerprint) {
    }
}
