package com.fundguard.voucher.voucher.application;

import com.fundguard.voucher.voucher.domain.Voucher;

public interface VoucherEvents {

    void captured(Voucher voucher);
}
