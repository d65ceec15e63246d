package com.fundguard.crypto.canonical;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * The JSON Canonicalization Scheme (RFC 8785) and a content hash over it: the same content gives the same bytes,
 * whatever the order of its members or the spelling of its numbers. "What was approved is what is executed" is
 * checked by comparing these hashes.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    public static String canonicalize(String json) {
        try {
            return new JsonCanonicalizer(json).getEncodedString();
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not canonicalizable JSON: " + e.getClass().getSimpleName());
        }
    }

    /** SHA-256 of the canonical UTF-8 bytes, lower-case hex. */
    public static String contentHash(String json) {
        return sha256Hex(canonicalize(json).getBytes(StandardCharsets.UTF_8));
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
