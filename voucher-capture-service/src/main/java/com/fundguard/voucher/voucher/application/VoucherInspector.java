package com.fundguard.voucher.voucher.application;

import com.fundguard.voucher.voucher.domain.CaptureFacts;
import com.fundguard.voucher.voucher.domain.VoucherMediaType;
import java.nio.file.Path;

/**
 * Opens an upload as the format its content says it is, within limits that stop decompression bombs, and reports
 * what the checks need. Refuses with {@link VoucherRejectedException} what cannot be read safely and completely.
 */
public interface VoucherInspector {

    Inspection inspect(Path file, VoucherMediaType mediaType);

    /**
     * What the inspection found, and a small upright JPEG of the voucher (its first page for a PDF) for lists, made
     * from the same decode.
     */
    record Inspection(CaptureFacts facts, byte[] thumbnail) {
    }

    /** The longer side of a thumbnail, in pixels. */
    int THUMBNAIL_SIDE = 320;
}
