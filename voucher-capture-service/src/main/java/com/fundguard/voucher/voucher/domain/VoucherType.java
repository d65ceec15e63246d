package com.fundguard.voucher.voucher.domain;

/** What a voucher proves: the original documents behind a payment. */
public enum VoucherType {
    INVOICE,
    CONTRACT,
    RECEIPT,
    ID_CARD,
    BANK_CARD,
    OTHER
}
