package com.fundguard.crypto.otp;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HOTP (RFC 4226): an HMAC over a counter, dynamically truncated to a decimal code. */
public final class Hotp {

    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private Hotp() {
    }

    public static String code(byte[] secret, long counter, int digits, OtpAlgorithm algorithm) {
        if (digits < 6 || digits > 8) {
            throw new IllegalArgumentException("codes have 6 to 8 digits");
        }
        try {
            Mac mac = Mac.getInstance(algorithm.mac);
            mac.init(new SecretKeySpec(secret, "RAW"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(counter).array());
            int offset = hash[hash.length - 1] & 0x0F;
            int binary = ((hash[offset] & 0x7F) << 24) | ((hash[offset + 1] & 0xFF) << 16)
                    | ((hash[offset + 2] & 0xFF) << 8) | (hash[offset + 3] & 0xFF);
            String code = Integer.toString(binary % POWERS[digits]);
            return "0".repeat(digits - code.length()) + code;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has " + algorithm.mac, e);
        }
    }
}
