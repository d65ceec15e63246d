package com.fundguard.reconciliation.discrepancy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Documents of queries and replies: PDF, PNG, JPEG by their bytes, at most the configured size. */
class AttachmentPolicyTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
    static final AttachmentPolicy FIVE_KB = AttachmentPolicy.pdfPngJpeg(5 * 1024);

    @Test
    void theBytesDecideTheContentType() {
        assertThat(FIVE_KB.admit("files[0]", Optional.empty(), PDF)).isEqualTo("application/pdf");
        assertThat(FIVE_KB.admit("files[0]", Optional.of("image/png"), PNG)).isEqualTo("image/png");
        assertThat(FIVE_KB.admit("files[0]", Optional.of("application/octet-stream"), JPEG)).isEqualTo("image/jpeg");
    }

    @Test
    void anythingElseIsRefusedNamingTheFileWhateverItClaims() {
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> FIVE_KB.admit("files[1]", Optional.of("application/pdf"), html))
                .isInstanceOfSatisfying(InvalidCaseException.class, e -> assertThat(e.field()).isEqualTo("files[1]"));
        assertThatThrownBy(() -> FIVE_KB.admit("files[0]", Optional.of("image/png"), PDF))
                .hasMessageContaining("declared image/png but its content is application/pdf");
        assertThatThrownBy(() -> FIVE_KB.admit("files[0]", Optional.empty(), new byte[0])).hasMessageContaining("empty");
    }

    @Test
    void aDocumentOverTheLimitIsTooLargeAndATypeLeftOutOfTheListIsRefused() {
        byte[] big = new byte[5 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);

        assertThatThrownBy(() -> FIVE_KB.admit("files[0]", Optional.empty(), big)).isInstanceOf(AttachmentPolicy.AttachmentTooLargeException.class);
        assertThatThrownBy(() -> new AttachmentPolicy(1024, Set.of(AttachmentPolicy.PDF)).admit("files[0]", Optional.empty(), PNG))
                .hasMessageContaining("application/pdf");
    }
}
