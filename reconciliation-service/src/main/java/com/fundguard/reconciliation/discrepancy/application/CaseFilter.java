package com.fundguard.reconciliation.discrepancy.application;

import com.fundguard.reconciliation.discrepancy.domain.CaseState;
import com.fundguard.reconciliation.discrepancy.domain.DiscrepancyType;
import java.time.Instant;
import java.util.Optional;

/**
 * Which cases a list shows: only unresolved ones, or one state; one type; those opened at or before a moment (their
 * age). Newest first, at most {@code limit}.
 */
public record CaseFilter(boolean openOnly, Optional<CaseState> state, Optional<DiscrepancyType> type, Optional<Instant> openedAtOrBefore,
                         int limit) {
}
