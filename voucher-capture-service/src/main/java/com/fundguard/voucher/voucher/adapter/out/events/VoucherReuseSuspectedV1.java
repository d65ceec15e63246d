package com.fundguard.voucher.voucher.adapter.out.events;

import java.util.UUID;

/**
 * Published contract {@code com.fundguard.voucher.reuse-suspected.v1} on the {@code voucher} topic: a voucher of
 * {@code transferId} shows the same picture as {@code otherVoucherId} of {@code otherTransferId} (Hamming distance of
 * their perceptual hashes; 0 for the same bytes). Told once per pair.
 */
public record VoucherReuseSuspectedV1(UUID voucherId, UUID transferId, UUID otherVoucherId, UUID otherTransferId, int distance) {

    public static final String TYPE = "com.fundguard.voucher.reuse-suspected.v1";
}
