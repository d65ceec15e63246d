package com.fundguard.reconciliation.discrepancy.application;

import com.fundguard.reconciliation.discrepancy.domain.Attachment;
import com.fundguard.reconciliation.discrepancy.domain.DiscrepancyCase;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where cases, their logs and their documents are kept; every read and write is within one enterprise. */
public interface CaseRecords {

    /** Adds a new case under its identity key; false if a case with that key already exists (nothing written). */
    boolean add(DiscrepancyCase c, String identityKey);

    Optional<UUID> findByIdentity(UUID enterpriseId, String identityKey);

    Optional<DiscrepancyCase> find(UUID enterpriseId, UUID caseId);

    /** The case, locked until the transaction ends: acts on one case apply one after another. */
    Optional<DiscrepancyCase> lock(UUID enterpriseId, UUID caseId);

    void update(DiscrepancyCase c);

    List<DiscrepancyCase> list(UUID enterpriseId, CaseFilter filter);

    /** Unresolved, never escalated cases due at or before {@code now}, locked, skipping those another scan holds. */
    List<DiscrepancyCase> lockOverdue(Instant now, int limit);

    boolean isLineInOpenCase(UUID enterpriseId, UUID statementLineId);

    void appendLog(UUID enterpriseId, CaseLogEntry entry);

    List<CaseLogEntry> log(UUID enterpriseId, UUID caseId);

    void addAttachment(UUID enterpriseId, UUID caseId, UUID logEntryId, Attachment attachment, byte[] content);

    /** The document's description and bytes, if it belongs to that case of that enterprise. */
    Optional<StoredAttachment> attachment(UUID enterpriseId, UUID caseId, UUID attachmentId);

    record StoredAttachment(Attachment attachment, byte[] content) {
    }
}
