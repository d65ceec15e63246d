package com.fundguard.reconciliation.discrepancy.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What a case's acts cause: each is one line of the case's log; opened, resolved and escalated are also published. */
public sealed interface CaseEvent {

    UUID caseId();

    Instant at();

    record Opened(UUID caseId, CaseFacts facts, Instant deadline, Instant at) implements CaseEvent {
    }

    record Assigned(UUID caseId, UUID owner, UUID by, Instant at) implements CaseEvent {
    }

    /** 查询: what was asked of the bank. */
    record QueriedBank(UUID caseId, UUID by, String text, List<Attachment> attachments, Instant at) implements CaseEvent {
    }

    /** 查复: what the bank answered. */
    record BankReplied(UUID caseId, UUID by, String text, List<Attachment> attachments, Instant at) implements CaseEvent {
    }

    record ResolutionProposed(UUID caseId, UUID by, String resolution, String evidence, Instant at) implements CaseEvent {
    }

    record ResolutionRefused(UUID caseId, UUID by, UUID proposedBy, String why, Instant at) implements CaseEvent {
    }

    /** Closed with evidence: approved by a second person, or recorded by the platform (both empty: automatic). */
    record Resolved(UUID caseId, Optional<UUID> proposedBy, Optional<UUID> approvedBy, String resolution, String evidence, Instant at)
            implements CaseEvent {

        public boolean automatic() {
            return approvedBy.isEmpty();
        }
    }

    record Escalated(UUID caseId, Instant deadline, Optional<UUID> owner, CaseState state, Instant at) implements CaseEvent {
    }
}
