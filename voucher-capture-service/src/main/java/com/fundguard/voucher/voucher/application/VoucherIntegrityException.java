package com.fundguard.voucher.voucher.application;

/** The stored bytes no longer hash to what was recorded at upload: the evidence was altered or damaged. */
public class VoucherIntegrityException extends RuntimeException {

    public VoucherIntegrityException(String message) {
        super(message);
    }
}
