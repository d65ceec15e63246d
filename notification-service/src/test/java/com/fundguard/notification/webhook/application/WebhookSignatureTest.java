package com.fundguard.notification.webhook.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.fundguard.notification.webhook.domain.WebhookSecret;
import org.junit.jupiter.api.Test;

/** The v1 scheme against values computed independently (Python's hmac module), as an ERP in any language would. */
class WebhookSignatureTest {

    /** The bytes 0x00..0x1f; shown to the enterprise as 000102...1f. */
    final WebhookSecret secret = WebhookSecret.of(sequence());

    static byte[] sequence() {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) i;
        }
        return key;
    }

    @Test
    void signsTheTimestampADotAndTheBodyWithTheSecretsBytes() {
        assertThat(WebhookSignature.v1(secret, 1764000000L, "{\"eventId\":\"e-1\"}"))
                .isEqualTo("v1=2aa079c749cd2359b8711ea0aa2d63485c2f4342bc5d0ed92626ab792048f41b");
    }

    @Test
    void signsTheBodyAsUtf8() {
        assertThat(WebhookSignature.v1(secret, 1764000000L, "{\"name\":\"上海钢铁\"}"))
                .isEqualTo("v1=4c8781d6a92d0218e57b99220816c19764906c65d1454a421b5939d7f49e3a7e");
    }

    @Test
    void anotherTimestampOrSecretGivesAnotherSignature() {
        String signed = WebhookSignature.v1(secret, 1764000000L, "{}");

        assertThat(WebhookSignature.v1(secret, 1764000001L, "{}")).isNotEqualTo(signed);
        assertThat(WebhookSignature.v1(WebhookSecret.of(new byte[32]), 1764000000L, "{}")).isNotEqualTo(signed);
        assertThat(secret.hex()).isEqualTo("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
    }
}
