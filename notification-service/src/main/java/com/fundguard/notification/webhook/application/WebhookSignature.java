package com.fundguard.notification.webhook.application;

import com.fundguard.notification.webhook.domain.WebhookSecret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signature scheme v1 of a webhook message: {@code v1=} and the lower-case hex of HMAC-SHA256, keyed with the
 * endpoint's 32 secret bytes, over the timestamp (unix seconds, as in the timestamp header), a dot and the body's
 * bytes exactly as sent. The timestamp inside the signed text lets the ERP refuse a replayed old message.
 */
public final class WebhookSignature {

    public static final String ID_HEADER = "FundGuard-Webhook-Id";
    public static final String TIMESTAMP_HEADER = "FundGuard-Webhook-Timestamp";
    public static final String SIGNATURE_HEADER = "FundGuard-Webhook-Signature";
    public static final String VERSION = "v1";

    private WebhookSignature() {
    }

    /** The signature header's value for that timestamp and body. */
    public static String v1(WebhookSecret secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.bytes(), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return VERSION + "=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available: " + e.getClass().getSimpleName(), e);
        }
    }
}
