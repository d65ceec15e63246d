package com.fundguard.approval.transfer.application;

import com.fundguard.approval.transfer.domain.TransferState;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Which requests of an enterprise a list shows. {@code applicant} is forced to the viewer for a viewer who is not an
 * approver: applicants see their own requests only.
 *
 * @param after the cursor: the list continues after this request (submitted at, id), newest first
 */
public record TransferFilter(Optional<TransferState> state, Optional<Instant> submittedFrom, Optional<Instant> submittedTo,
                             Optional<BigDecimal> minAmount, Optional<BigDecimal> maxAmount, Optional<String> payee,
                             Optional<UUID> applicant, Optional<Cursor> after, int limit) {

    public record Cursor(Instant submittedAt, UUID id) {
    }

    public TransferFilter forApplicantOnly(UUID viewer) {
        return new TransferFilter(state, submittedFrom, submittedTo, minAmount, maxAmount, payee, Optional.of(viewer), after, limit);
    }
}
