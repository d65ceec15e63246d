package com.fundguard.voucher.voucher.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class VoucherMediaTypeTest {

    static byte[] head(byte[] content) {
        return Arrays.copyOf(content, Math.min(content.length, VoucherMediaType.SIGNATURE_BYTES));
    }

    @Test
    void recognisesRealJpegPngPdfAndWebpByTheirContent() {
        assertThat(VoucherMediaType.detect(head(Images.encoded("jpg", 200, 100)))).contains(VoucherMediaType.JPEG);
        assertThat(VoucherMediaType.detect(head(Images.encoded("png", 200, 100)))).contains(VoucherMediaType.PNG);
        assertThat(VoucherMediaType.detect(head(Images.pdf()))).contains(VoucherMediaType.PDF);
        assertThat(VoucherMediaType.detect(head(Images.webpHeader()))).contains(VoucherMediaType.WEBP);
    }

    @Test
    void refusesWhatMerelyClaimsToBeAnImage() {
        assertThat(VoucherMediaType.detect(head("<html><script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII)))).isEmpty();
        assertThat(VoucherMediaType.detect(head(Images.encoded("gif", 10, 10)))).isEmpty();
        assertThat(VoucherMediaType.detect(head("RIFF1234WAVE".getBytes(StandardCharsets.US_ASCII)))).isEmpty();
        assertThat(VoucherMediaType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEmpty();
    }
}
