package com.fundguard.reconciliation.recall.domain;

/** Where a recall stands with the bank. */
public enum RecallState {
    /** Decided and sent (or being sent); no answer from the bank yet: the same request goes again until it answers. */
    REQUESTED,
    /** The bank has the request and has not decided (camt.029 PDCR): asked again later with the same request. */
    PENDING,
    /** The bank reversed the booking (camt.029 ACCR): the money is back on the payer account. Final. */
    ACCEPTED,
    /** The bank will not cancel (camt.029 RJCR with its reason): nothing was reversed. Final. */
    REJECTED;

    public boolean isFinal() {
        return this == ACCEPTED || this == REJECTED;
    }
}
