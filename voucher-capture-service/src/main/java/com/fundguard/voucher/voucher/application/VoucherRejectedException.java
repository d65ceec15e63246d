package com.fundguard.voucher.voucher.application;

/** An upload that is not a voucher we accept; nothing was kept. */
public class VoucherRejectedException extends RuntimeException {

    public enum Reason {
        UNSUPPORTED_FORMAT,
        TOO_LARGE,
        EMPTY,
        /** The content does not decode completely as the format it starts as. */
        UNREADABLE,
        /** The header claims more pixels than may be decoded: a decompression bomb or an absurd image. */
        TOO_MANY_PIXELS,
        TOO_MANY_PAGES,
        /** The file is also another format (a PDF or ZIP inside an image). */
        POLYGLOT,
        /** The image fails the capture profile's quality checks. */
        POOR_QUALITY
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
