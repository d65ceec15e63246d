package com.fundguard.reconciliation.close.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A statement of the account whose closing balance is dated the day being closed. A bank may send a day in several
 * statements or pages (MT940 :28C: 5/1, 5/2, each with an intermediate closing balance); each page opens with the
 * closing balance of the page before, so the day's closing balance is the one no other page of the day opens with.
 */
public record ClosingStatement(StatedBalance closing, Optional<StatedBalance> opening) {

    public ClosingStatement {
        Objects.requireNonNull(closing, "closing");
        Objects.requireNonNull(opening, "opening");
    }

    public String statementReference() {
        return closing.statementReference();
    }
}
