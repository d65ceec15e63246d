package com.fundguard.reconciliation.discrepancy.application;

import com.fundguard.reconciliation.discrepancy.domain.Attachment;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One line of a case's log: what happened (an event's kind), who did it, when, in words, with its documents. */
public record CaseLogEntry(UUID id, UUID caseId, String kind, Optional<UUID> by, Instant at, String text, List<Attachment> attachments) {
}
