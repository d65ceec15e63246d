package com.fundguard.approval.transfer.application;

import java.util.List;
import java.util.UUID;

/** The types of a request's vouchers (voucher-capture-service knows them), for the rules' facts. */
public interface VoucherDirectory {

    /** One type per voucher, in order; a voucher the enterprise does not have is refused. */
    List<String> typesOf(UUID enterpriseId, List<UUID> voucherIds);
}
