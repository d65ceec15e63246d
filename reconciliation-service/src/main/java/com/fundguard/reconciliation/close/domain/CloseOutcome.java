package com.fundguard.reconciliation.close.domain;

import java.util.List;

/** The answer to closing a day: closed (now or before), or refused with every reason found. */
public sealed interface CloseOutcome permits CloseOutcome.DayClosed, CloseOutcome.CloseRefused {

    /** @param alreadyClosed the day was closed before; this answer is that close, and nothing changed */
    record DayClosed(ClosedDay day, boolean alreadyClosed) implements CloseOutcome {
    }

    record CloseRefused(List<CloseBlocker> blockers) implements CloseOutcome {
        public CloseRefused {
            blockers = List.copyOf(blockers);
            if (blockers.isEmpty()) {
                throw new IllegalArgumentException("a refusal says what blocks");
            }
        }
    }
}
