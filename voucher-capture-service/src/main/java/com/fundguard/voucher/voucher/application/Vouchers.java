package com.fundguard.voucher.voucher.application;

import com.fundguard.voucher.voucher.domain.Voucher;
import java.util.Optional;
import java.util.UUID;

public interface Vouchers {

    void add(Voucher voucher);

    Optional<Voucher> find(UUID enterpriseId, UUID voucherId);
}
