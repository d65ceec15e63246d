package com.fundguard.voucher.voucher.adapter.out.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fundguard.voucher.voucher.adapter.out.storage.S3StorageSettings.ServerSideEncryption;
import java.net.URI;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;

class S3StorageSettingsTest {

    static S3StorageSettings settings(String accessKey, String secretKey, ServerSideEncryption encryption, String kmsKeyId) {
        return new S3StorageSettings("vouchers", "", URI.create("http://127.0.0.1:9000"), "us-east-1", true, accessKey,
                secretKey, encryption, kmsKeyId, RequestChecksumCalculation.WHEN_SUPPORTED, null);
    }

    @Test
    void theSecretKeyNeverAppearsWhenTheSettingsArePrinted() {
        S3StorageSettings settings = settings("AKIAFUNDGUARD", "wJalrXUtnFEMI/K7MDENG/bPxRfiCY", ServerSideEncryption.NONE, null);

        assertThat(settings.toString())
                .doesNotContain("wJalrXUtnFEMI/K7MDENG/bPxRfiCY")
                .contains("secretKey=(hidden)", "accessKey=AKIAFUNDGUARD", "bucket=vouchers");
    }

    @Test
    void anAccessKeyWithoutItsSecretIsRefused() {
        assertThatThrownBy(() -> settings("AKIAFUNDGUARD", null, ServerSideEncryption.NONE, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("access-key and secret-key go together");
    }

    @Test
    void aKmsKeyWithoutSseKmsIsRefusedRatherThanSilentlyIgnored() {
        assertThatThrownBy(() -> settings(null, null, ServerSideEncryption.SSE_S3, "alias/vouchers"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kms-key-id is used only with server-side-encryption sse-kms");
    }

    @Test
    void aBucketIsRequired() {
        assertThatThrownBy(() -> new S3StorageSettings(" ", "", null, null, false, null, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fundguard.vouchers.storage.s3.bucket");
    }
}
