package com.fundguard.reconciliation.report.domain;

/**
 * Why reconciliation set a statement line aside without a match or a case (its examined outcome): money received that
 * no transfer concerns, a booking an earlier file already reported, or a case that could no longer be opened because
 * the transaction is older than the dispute window.
 */
public enum SetAside {
    UNRELATED,
    REPEATED,
    BEYOND_DISPUTE_WINDOW
}
