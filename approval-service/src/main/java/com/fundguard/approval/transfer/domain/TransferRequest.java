package com.fundguard.approval.transfer.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * A request to move money, from submission on. The approval acts (audit, authorize, reject, cancel, expire)
 * arrive with the approval-workflow issue; each will be one method named after the act that checks who may take
 * it and returns the events it causes.
 */
public final class TransferRequest {

    private final UUID id;
    private final UUID enterpriseId;
    private final TransferReference reference;
    private final UUID applicantId;
    private final TransferDetails details;
    private final TransferState state;
    private final Instant submittedAt;
    private final long version;

    private TransferRequest(UUID id, UUID enterpriseId, TransferReference reference, UUID applicantId,
                            TransferDetails details, TransferState state, Instant submittedAt, long version) {
        this.id = Objects.requireNonNull(id);
        this.enterpriseId = Objects.requireNonNull(enterpriseId);
        this.reference = Objects.requireNonNull(reference);
        this.applicantId = Objects.requireNonNull(applicantId);
        this.details = Objects.requireNonNull(details);
        this.state = Objects.requireNonNull(state);
        this.submittedAt = Objects.requireNonNull(submittedAt);
        this.version = version;
    }

    /** The applicant submits a request; the requested execution date may not lie in the past. */
    public static Submitted submit(UUID id, UUID enterpriseId, TransferReference reference, UUID applicantId,
                                   TransferDetails details, Clock clock) {
        // Microseconds: what the ledger of record (PostgreSQL) keeps, so a stored request reads back equal.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (details.requestedExecutionDate().isBefore(LocalDate.ofInstant(now, clock.getZone()))) {
            throw new InvalidTransferException("requestedExecutionDate", "lies in the past");
        }
        TransferRequest request = new TransferRequest(id, enterpriseId, reference, applicantId, details,
                TransferState.SUBMITTED, now, 0);
        return new Submitted(request, new TransferSubmitted(id, enterpriseId, reference, applicantId, details, now));
    }

    /** Rebuilds a stored request; no rule runs, no event is caused. */
    public static TransferRequest restore(UUID id, UUID enterpriseId, TransferReference reference, UUID applicantId,
                                          TransferDetails details, TransferState state, Instant submittedAt, long version) {
        return new TransferRequest(id, enterpriseId, reference, applicantId, details, state, submittedAt, version);
    }

    /** A submission's outcome: the new request and the event it causes. */
    public record Submitted(TransferRequest request, TransferSubmitted event) {
    }

    public UUID id() {
        return id;
    }

    public UUID enterpriseId() {
        return enterpriseId;
    }

    public TransferReference reference() {
        return reference;
    }

    public UUID applicantId() {
        return applicantId;
    }

    public TransferDetails details() {
        return details;
    }

    public TransferState state() {
        return state;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public long version() {
        return version;
    }
}
