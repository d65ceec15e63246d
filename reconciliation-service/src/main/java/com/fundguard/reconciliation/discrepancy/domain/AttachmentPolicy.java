package com.fundguard.reconciliation.discrepancy.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which documents a query or reply may carry: at most {@code maxBytes} each, and only PDF, PNG or JPEG, recognised by
 * their first bytes (a declared content type is a claim; the bytes decide, and a claim that disagrees is refused).
 */
public record AttachmentPolicy(long maxBytes, Set<String> allowedTypes) {

    public static final String PDF = "application/pdf";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    public AttachmentPolicy {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("an attachment limit is positive: " + maxBytes);
        }
        allowedTypes = Set.copyOf(allowedTypes);
        if (!Set.of(PDF, PNG, JPEG).containsAll(allowedTypes)) {
            throw new IllegalArgumentException("only " + PDF + ", " + PNG + " and " + JPEG + " are recognised, not " + allowedTypes);
        }
    }

    public static AttachmentPolicy pdfPngJpeg(long maxBytes) {
        return new AttachmentPolicy(maxBytes, Set.of(PDF, PNG, JPEG));
    }

    /** The content type the bytes show, if this policy admits them; otherwise an {@link InvalidCaseException} on {@code field}. */
    public String admit(String field, Optional<String> declaredType, byte[] content) {
        if (content.length == 0) {
            throw new InvalidCaseException(field, "is empty");
        }
        if (content.length > maxBytes) {
            throw new AttachmentTooLargeException(field, maxBytes);
        }
        String shown = startsWith(content, PDF_MAGIC) ? PDF : startsWith(content, PNG_MAGIC) ? PNG
                : startsWith(content, JPEG_MAGIC) ? JPEG : null;
        if (shown == null || !allowedTypes.contains(shown)) {
            throw new InvalidCaseException(field, "must be one of " + allowedTypes.stream().sorted().toList());
        }
        Optional<String> declared = declaredType.map(t -> t.split(";")[0].strip().toLowerCase(Locale.ROOT))
                .filter(t -> !t.isEmpty() && !t.equals("application/octet-stream"));
        if (declared.isPresent() && !declared.get().equals(shown)) {
            throw new InvalidCaseException(field, "is declared " + declared.get() + " but its content is " + shown);
        }
        return shown;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    /** Over the size limit: 413 at the API. */
    public static class AttachmentTooLargeException extends InvalidCaseException {

        public AttachmentTooLargeException(String field, long maxBytes) {
            super(field, "exceeds the limit of " + maxBytes + " bytes");
        }
    }
}
