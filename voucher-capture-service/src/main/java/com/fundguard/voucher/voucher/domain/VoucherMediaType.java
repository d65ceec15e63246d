package com.fundguard.voucher.voucher.domain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The formats a voucher may have, recognised by their leading bytes (file signatures), never by a file name or a
 * declared content type, which the uploader controls.
 */
public enum VoucherMediaType {
    JPEG("image/jpeg"),
    PNG("image/png"),
    WEBP("image/webp"),
    PDF("application/pdf");

    /** Enough leading bytes to tell every accepted format apart. */
    public static final int SIGNATURE_BYTES = 12;

    private static final byte[] JPEG_SIGNATURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] PDF_SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WEBP_MARK = "WEBP".getBytes(StandardCharsets.US_ASCII);

    public final String mimeType;

    VoucherMediaType(String mimeType) {
        this.mimeType = mimeType;
    }

    public static Optional<VoucherMediaType> detect(byte[] head) {
        if (startsWith(head, 0, JPEG_SIGNATURE)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, 0, RIFF) && startsWith(head, 8, WEBP_MARK)) {
            return Optional.of(WEBP);
        }
        if (startsWith(head, 0, PDF_SIGNATURE)) {
            return Optional.of(PDF);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] data, int offset, byte[] signature) {
        return data.length >= offset + signature.length
                && Arrays.equals(data, offset, offset + signature.length, signature, 0, signature.length);
    }
}
