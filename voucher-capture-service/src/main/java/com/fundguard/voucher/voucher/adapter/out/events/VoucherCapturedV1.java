package com.fundguard.voucher.voucher.adapter.out.events;

import java.time.Instant;
import java.util.UUID;

/** Published contract {@code com.fundguard.voucher.captured.v1} on the {@code voucher} topic. */
public record VoucherCapturedV1(UUID voucherId, String type, String mediaType, long sizeBytes, String sha256,
                                UUID uploadedBy, Instant uploadedAt) {

    public static final String TYPE = "com.fundguard.voucher.captured.v1";
}
