package com.fundguard.reconciliation.statement.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One statement file received from an enterprise's bank. The SHA-256 of its bytes is its identity within the
 * enterprise: the same file again is the same import, so no bank line is ever counted twice.
 *
 * @param csvMapping the saved column mapping a CSV file was read with
 * @param summary    what the file held; empty only for files received before they were parsed on arrival
 */
public record StatementImport(UUID id, UUID enterpriseId, StatementFormat format, Optional<String> csvMapping,
                              String sha256, long sizeBytes, Instant importedAt, Status status,
                              Optional<ImportSummary> summary) {

    public enum Status {
        /** Stored unparsed (files received before statements were read on arrival). */
        RECEIVED,
        /** Read whole: its statements and lines are stored with it. */
        IMPORTED
    }

    public StatementImport {
        Objects.requireNonNull(id);
        Objects.requireNonNull(enterpriseId);
        Objects.requireNonNull(format);
        Objects.requireNonNull(csvMapping);
        Objects.requireNonNull(importedAt);
        Objects.requireNonNull(status);
        Objects.requireNonNull(summary);
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits");
        }
        if (sizeBytes <= 0) {
            throw new IllegalArgumentException("a statement has content");
        }
        if (csvMapping.isPresent() != (format == StatementFormat.CSV)) {
            throw new IllegalArgumentException("a CSV file is read with a saved mapping, and only a CSV file");
        }
        if ((status == Status.IMPORTED) != summary.isPresent()) {
            throw new IllegalArgumentException("an imported file has a summary of what it held, a received one none");
        }
    }
}
