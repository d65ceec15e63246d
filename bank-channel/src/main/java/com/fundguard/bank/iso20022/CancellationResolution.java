package com.fundguard.bank.iso20022;

import java.util.Objects;
import java.util.Optional;

/**
 * What the bank decided on a recall (a camt.029): for the order's end-to-end id, the transaction cancellation status
 * {@code ACCR} (accepted: the booking is reversed, {@code reversalReference} is the reversal booking's reference),
 * {@code RJCR} (refused, with an ExternalPaymentCancellationRejection1Code such as NOOR, AGNT, AM04) or {@code PDCR}
 * (pending).
 *
 * @param resolvedAssignmentId the assignment (case) id of the camt.055 this answers
 */
public record CancellationResolution(String assignmentId, String resolvedAssignmentId, String endToEndId, String status,
                                     Optional<String> reasonCode, Optional<String> reversalReference) {

    public static final String ACCEPTED = "ACCR";
    public static final String REFUSED = "RJCR";
    public static final String PENDING = "PDCR";

    public CancellationResolution {
        Objects.requireNonNull(assignmentId);
        Objects.requireNonNull(resolvedAssignmentId);
        Objects.requireNonNull(endToEndId);
        Objects.requireNonNull(status);
        Objects.requireNonNull(reasonCode);
        Objects.requireNonNull(reversalReference);
        if (ACCEPTED.equals(status) && reversalReference.isEmpty()) {
            throw new IllegalArgumentException("an accepted cancellation names its reversal booking");
        }
        if (REFUSED.equals(status) && reasonCode.isEmpty()) {
            throw new IllegalArgumentException("a refused cancellation says why");
        }
    }
}
