package com.fundguard.reconciliation.statement.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One statement file received from an enterprise's bank. The SHA-256 of its bytes is its identity within the
 * enterprise: the same file again is the same import, so no bank line is ever counted twice.
 */
public record StatementImport(UUID id, UUID enterpriseId, StatementFormat format, String sha256, long sizeBytes,
                              Instant importedAt, Status status) {

    public enum Status {
        /** Stored, awaiting parsing and matching (reconciliation issue). */
        RECEIVED
    }

    public StatementImport {
        Objects.requireNonNull(id);
        Objects.requireNonNull(enterpriseId);
        Objects.requireNonNull(format);
        Objects.requireNonNull(importedAt);
        Objects.requireNonNull(status);
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits");
        }
        if (sizeBytes <= 0) {
            throw new IllegalArgumentException("a statement has content");
        }
    }
}
