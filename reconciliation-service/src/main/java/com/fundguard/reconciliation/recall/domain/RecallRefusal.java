package com.fundguard.reconciliation.recall.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Why a recall is not requested; nothing is sent and nothing changes. */
public sealed interface RecallRefusal {

    /** Reconciliation has heard of no execution of this transfer in this enterprise. */
    record UnknownTransfer(UUID transferId) implements RecallRefusal {
    }

    /** The transfer is not executed (FAILED: no money moved; OUTCOME_UNKNOWN: the inquiry decides first). */
    record NotExecuted(String status) implements RecallRefusal {
    }

    /** More than the window has passed since the transfer was executed. */
    record WindowClosed(Duration window, Instant executedAt, Instant closedAt) implements RecallRefusal {
    }

    /** The transfer was recalled already, under another request (another idempotency key): one recall per transfer. */
    record AlreadyRequested(UUID recallId, RecallState state) implements RecallRefusal {
    }

    /** No bank is configured for the payer account, so there is no channel to send the recall through. */
    record NoBankForAccount(String payerAccount) implements RecallRefusal {
    }
}
