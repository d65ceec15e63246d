package com.fundguard.voucher.voucher.application;

import com.fundguard.voucher.voucher.domain.ReuseSuspicion;
import com.fundguard.voucher.voucher.domain.Voucher;
import java.time.Instant;
import java.util.UUID;

public interface VoucherEvents {

    void captured(Voucher voucher);

    /** An upload was refused; nothing of it was kept but this record of the refusal. */
    void rejected(UUID enterpriseId, UUID uploadedBy, VoucherRejectedException refusal, Instant at);

    void reuseSuspected(UUID enterpriseId, ReuseSuspicion suspicion);
}
