package com.fundguard.reconciliation.discrepancy.domain;

import java.time.Instant;
import java.util.UUID;

/** How one person proposes to resolve a case, and the evidence it rests on. */
public record Proposal(UUID by, String resolution, String evidence, Instant at) {
}
