package com.fundguard.reconciliation.recall.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The recall policy: only an executed transfer can be recalled (a failed one moved no money; an unknown outcome is
 * settled by inquiry or the statement first), and only within {@code window} of its execution. The bank has a
 * cut-off of its own and may still refuse.
 */
public record RecallWindow(Duration window) {

    public RecallWindow {
        Objects.requireNonNull(window);
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a recall window is positive");
        }
    }

    /** Empty when the transfer may be recalled at {@code now}; else why not. */
    public Optional<RecallRefusal> check(RecalledTransfer transfer, Instant now) {
        if (!transfer.executed()) {
            return Optional.of(new RecallRefusal.NotExecuted(transfer.status()));
        }
        Instant closes = transfer.at().plus(window);
        if (now.isAfter(closes)) {
            return Optional.of(new RecallRefusal.WindowClosed(window, transfer.at(), closes));
        }
        return Optional.empty();
    }
}
