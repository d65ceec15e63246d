package com.fundguard.voucher.voucher.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A captured voucher: its kind, format, size and the SHA-256 of its bytes as stored, checked on every read; the
 * device it was captured with, what inspecting it found, and what the uploader said about it.
 * Immutable: a corrected voucher is a new voucher.
 */
public record Voucher(UUID id, UUID enterpriseId, VoucherType type, VoucherMediaType mediaType, long sizeBytes,
                      String sha256, UUID uploadedBy, Instant uploadedAt, CaptureDevice device, CaptureFacts facts,
                      VoucherDetails details, String thumbnailSha256) {

    public Voucher {
        Objects.requireNonNull(id);
        Objects.requireNonNull(enterpriseId);
        Objects.requireNonNull(type);
        Objects.requireNonNull(mediaType);
        Objects.requireNonNull(uploadedBy);
        Objects.requireNonNull(uploadedAt);
        Objects.requireNonNull(device);
        Objects.requireNonNull(facts);
        Objects.requireNonNull(details);
        if (thumbnailSha256 != null && !thumbnailSha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("thumbnailSha256 must be 64 lower-case hex digits");
        }
        if (sizeBytes <= 0) {
            throw new IllegalArgumentException("a voucher has content");
        }
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits");
        }
    }
}
