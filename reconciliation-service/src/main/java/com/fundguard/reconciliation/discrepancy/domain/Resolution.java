package com.fundguard.reconciliation.discrepancy.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** How a case was closed: by whom (both empty when the platform recorded it), what was done, and on what evidence. */
public record Resolution(Optional<UUID> proposedBy, Optional<UUID> approvedBy, String resolution, String evidence, Instant at) {
}
