package com.fundguard.voucher.voucher.application;

import com.fundguard.voucher.voucher.domain.Voucher;
import java.util.Optional;
import java.util.UUID;

public interface Vouchers {

    void add(Voucher voucher);

    Optional<Voucher> find(UUID enterpriseId, UUID voucherId);

    /** The person's own uploads, newest first. */
    java.util.List<Voucher> uploadedBy(UUID enterpriseId, UUID person, int limit);

    /** The vouchers submitted with a transfer, in upload order. */
    java.util.List<Voucher> attachedTo(UUID enterpriseId, UUID transferId);
}
