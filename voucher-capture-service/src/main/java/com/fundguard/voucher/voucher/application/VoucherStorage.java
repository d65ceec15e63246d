package com.fundguard.voucher.voucher.application;

import java.io.InputStream;
import java.util.UUID;

/** Where voucher bytes live: local files or S3-compatible object storage. */
public interface VoucherStorage {

    /** Stores the stream under the key; the write is complete or absent, never partial. */
    void store(String key, InputStream content);

    /** Stores a file already written in full (a storage that needs the length first can use it as it is). */
    default void store(String key, java.nio.file.Path file) {
        try (InputStream content = java.nio.file.Files.newInputStream(file)) {
            store(key, content);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + file + " to store voucher " + key, e);
        }
    }

    InputStream open(String key);

    void delete(String key);

    static String keyOf(UUID enterpriseId, UUID voucherId) {
        return enterpriseId + "/" + voucherId;
    }

    /** Where the thumbnail of the voucher stored under {@code key} lives. */
    static String thumbnailKeyOf(String key) {
        return key + ".thumbnail.jpg";
    }
}
