package com.fundguard.crypto.otp;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import org.bouncycastle.util.encoders.Base32;

/**
 * TOTP (RFC 6238): HOTP over the number of time steps since T0. The time is passed in (no clock read here).
 * {@link #verify} says which time step a code matched, so that the caller can refuse a code for a step it already
 * accepted: replay protection needs the caller's memory of used steps and is the caller's job.
 */
public final class Totp {

    private final byte[] secret;
    private final OtpAlgorithm algorithm;
    private final int digits;
    private final Duration step;

    public Totp(byte[] secret, OtpAlgorithm algorithm, int digits, Duration step) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("a TOTP secret has at least 128 bits (RFC 4226 section 4)");
        }
        this.secret = secret.clone();
        this.algorithm = algorithm;
        this.digits = digits;
        this.step = step;
    }

    /** The authenticator-app default: SHA-1, 6 digits, 30 seconds. */
    public static Totp standard(byte[] secret) {
        return new Totp(secret, OtpAlgorithm.SHA1, 6, Duration.ofSeconds(30));
    }

    public long timeStep(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), step.toSeconds());
    }

    public String code(Instant at) {
        return Hotp.code(secret, timeStep(at), digits, algorithm);
    }

    /**
     * Checks a code against the step of {@code at} and {@code window} steps either side.
     *
     * @return the matched time step, or empty
     */
    public OptionalLong verify(String code, Instant at, int window) {
        if (code == null || code.length() != digits) {
            return OptionalLong.empty();
        }
        long current = timeStep(at);
        byte[] offered = code.getBytes(StandardCharsets.US_ASCII);
        OptionalLong matched = OptionalLong.empty();
        for (long candidate = current - window; candidate <= current + window; candidate++) {
            // Every candidate is computed and compared in constant time, so timing tells nothing of which matched.
            byte[] expected = Hotp.code(secret, candidate, digits, algorithm).getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(expected, offered) && matched.isEmpty()) {
                matched = OptionalLong.of(candidate);
            }
        }
        return matched;
    }

    /** The otpauth:// URI an authenticator app scans (Key Uri Format): secret in unpadded Base32. */
    public String otpauthUri(String issuer, String account) {
        String base32 = Base32.toBase32String(secret).replace("=", "");
        String label = URLEncoder.encode(issuer + ":" + account, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + base32 + "&issuer=" + URLEncoder.encode(issuer, StandardCharsets.UTF_8).replace("+", "%20")
                + "&algorithm=" + algorithm.uriName + "&digits=" + digits + "&period=" + step.toSeconds();
    }

    @Override
    public String toString() {
        return "Totp[" + algorithm + ", " + digits + " digits, " + step.toSeconds() + "s, secret=(hidden)]";
    }
}
