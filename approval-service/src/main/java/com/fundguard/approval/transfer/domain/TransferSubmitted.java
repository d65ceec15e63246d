package com.fundguard.approval.transfer.domain;

import java.time.Instant;
import java.util.UUID;

/** The applicant submitted a transfer request. */
public record TransferSubmitted(UUID transferId, UUID enterpriseId, TransferReference reference, UUID applicantId,
                                TransferDetails details, Instant submittedAt) {
}
