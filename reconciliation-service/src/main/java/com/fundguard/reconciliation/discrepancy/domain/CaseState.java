package com.fundguard.reconciliation.discrepancy.domain;

/** OPEN -> RESOLUTION_PROPOSED -> RESOLVED, or back to OPEN when the checker refuses the proposal. */
public enum CaseState {
    OPEN,
    /** One person proposed how to resolve it; another must approve. */
    RESOLUTION_PROPOSED,
    /** Closed with its evidence; nothing changes it any more. */
    RESOLVED
}
