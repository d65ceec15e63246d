package com.fundguard.approval.transfer.application;

import java.util.List;
import java.util.UUID;

/** What voucher-capture-service knows of a request's vouchers, for the rules' facts. */
public interface VoucherDirectory {

    /** One entry per voucher, in order; a voucher the enterprise does not have is refused. */
    List<VoucherFacts> factsOf(UUID enterpriseId, List<UUID> voucherIds);

    /**
     * @param alreadyUsed the voucher, or a near-identical picture, is already on a transfer of the enterprise
     */
    record VoucherFacts(String type, boolean alreadyUsed) {
    }
}
