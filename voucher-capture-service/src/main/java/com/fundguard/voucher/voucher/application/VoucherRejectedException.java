package com.fundguard.voucher.voucher.application;

/** An upload that is not a voucher we accept; nothing was kept. */
public class VoucherRejectedException extends RuntimeException {

    public enum Reason {
        UNSUPPORTED_FORMAT,
        TOO_LARGE,
        EMPTY
    }

    private final Reason reason;

    public VoucherRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
