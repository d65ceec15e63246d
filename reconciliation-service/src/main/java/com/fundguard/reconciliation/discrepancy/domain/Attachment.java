package com.fundguard.reconciliation.discrepancy.domain;

import java.util.Objects;
import java.util.UUID;

/** A document filed with a query or a reply (the bank's letter, a scan): described here, its bytes kept beside the log. */
public record Attachment(UUID id, String fileName, String contentType, long sizeBytes, String sha256) {

    public Attachment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(sha256, "sha256");
    }
}
