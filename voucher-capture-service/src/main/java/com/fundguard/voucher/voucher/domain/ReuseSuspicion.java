package com.fundguard.voucher.voucher.domain;

import java.util.UUID;

/**
 * A voucher of one transfer that shows the same picture as a voucher of another transfer of the enterprise (or is
 * the very same voucher): the same evidence justifying two payments. {@code distance} is the Hamming distance of the
 * two perceptual hashes, 0 for the same bytes.
 */
public record ReuseSuspicion(UUID voucherId, UUID transferId, UUID otherVoucherId, UUID otherTransferId, int distance) {
}
