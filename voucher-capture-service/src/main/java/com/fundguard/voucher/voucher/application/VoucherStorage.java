package com.fundguard.voucher.voucher.application;

import java.io.InputStream;
import java.util.UUID;

/** Where voucher bytes live (local files now; S3-compatible storage with the voucher issue). */
public interface VoucherStorage {

    /** Stores the stream under the key; the write is complete or absent, never partial. */
    void store(String key, InputStream content);

    InputStream open(String key);

    void delete(String key);

    static String keyOf(UUID enterpriseId, UUID voucherId) {
        return enterpriseId + "/" + voucherId;
    }
}
