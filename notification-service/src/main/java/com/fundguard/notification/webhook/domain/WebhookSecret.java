package com.fundguard.notification.webhook.domain;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The key an endpoint's messages are signed with: 32 random bytes, shown to the enterprise once as 64 hex digits.
 * Its {@link #toString()} hides it, so it cannot reach a log line by accident.
 */
public final class WebhookSecret {

    public static final int BYTES = 32;

    private final byte[] key;

    private WebhookSecret(byte[] key) {
        if (key.length != BYTES) {
            throw new IllegalArgumentException("a webhook secret has " + BYTES + " bytes");
        }
        this.key = key.clone();
    }

    public static WebhookSecret of(byte[] key) {
        return new WebhookSecret(key);
    }

    public byte[] bytes() {
        return key.clone();
    }

    /** What the enterprise is shown once: lower-case hex; the HMAC key is the bytes it encodes. */
    public String hex() {
        return HexFormat.of().formatHex(key);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WebhookSecret that && MessageDigest.isEqual(key, that.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }

    @Override
    public String toString() {
        return "WebhookSecret[hidden]";
    }
}
