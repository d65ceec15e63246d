package com.fundguard.voucher.voucher.adapter.out.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Published contract {@code com.fundguard.voucher.rejected.v1} on the {@code voucher} topic: an upload was refused
 * (format, size, decompression limits, polyglot, quality). Never carries the file or the uploader's typed numbers.
 */
public record VoucherRejectedV1(UUID refusalId, UUID uploadedBy, String reason, String detail, List<Shortfall> shortfalls,
                                Instant rejectedAt) {

    public static final String TYPE = "com.fundguard.voucher.rejected.v1";

    public record Shortfall(String check, double measured, double threshold) {
    }
}
