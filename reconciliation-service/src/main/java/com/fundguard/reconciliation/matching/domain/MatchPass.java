package com.fundguard.reconciliation.matching.domain;

/** The passes in the order they run; a later pass sees only what the earlier ones left. */
public enum MatchPass {
    EXACT_REFERENCE,
    COUNTERPARTY_WINDOW,
    TOLERANCE,
    GROUP
}
