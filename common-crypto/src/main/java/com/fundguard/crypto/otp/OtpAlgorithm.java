package com.fundguard.crypto.otp;

/** The HMAC of an HOTP/TOTP generator (RFC 6238 allows SHA-1, SHA-256, SHA-512). */
public enum OtpAlgorithm {
    SHA1("HmacSHA1", "SHA1"),
    SHA256("HmacSHA256", "SHA256"),
    SHA512("HmacSHA512", "SHA512");

    final String mac;
    /** The name in an otpauth:// URI. */
    public final String uriName;

    OtpAlgorithm(String mac, String uriName) {
        this.mac = mac;
        this.uriName = uriName;
    }
}
