package com.fundguard.identity.secondfactor.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A one-time code sent by SMS for one confirmation challenge. It proves the challenge it was sent for and nothing
 * else, once, within {@link #VALIDITY}, and survives {@link #MAX_ATTEMPTS} wrong guesses at most.
 */
public record SmsCode(UUID id, UUID userId, String challenge, String codeHash, Instant sentAt, Instant expiresAt, int attempts,
                      Instant usedAt) {

    public static final Duration VALIDITY = Duration.ofMinutes(5);
    public static final int MAX_ATTEMPTS = 3;
    /** At most this many codes per person per {@link #RATE_WINDOW}. */
    public static final int MAX_PER_WINDOW = 5;
    public static final Duration RATE_WINDOW = Duration.ofMinutes(15);

    /** Checks an offered code; returns the code as used, or throws naming the rule it broke. */
    public SmsCode use(String offeredHash, String forChallenge, Instant now) {
        if (usedAt != null) {
            throw new SecondFactorRefused(SecondFactorRefused.Reason.USED, "this code was used already");
        }
        if (!now.isBefore(expiresAt)) {
            throw new SecondFactorRefused(SecondFactorRefused.Reason.EXPIRED, "this code has expired");
        }
        if (attempts >= MAX_ATTEMPTS) {
            throw new SecondFactorRefused(SecondFactorRefused.Reason.TOO_MANY_ATTEMPTS, "too many wrong codes; ask for a new one");
        }
        if (!challenge.equals(forChallenge)) {
            throw new SecondFactorRefused(SecondFactorRefused.Reason.OTHER_CHALLENGE, "this code was sent for another transfer or step");
        }
        if (!java.security.MessageDigest.isEqual(codeHash.getBytes(), offeredHash.getBytes())) {
            throw new SecondFactorRefused(SecondFactorRefused.Reason.WRONG_CODE, "the code is not right");
        }
        return new SmsCode(id, userId, challenge, codeHash, sentAt, expiresAt, attempts, now);
    }

    public SmsCode afterWrongAttempt() {
        return new SmsCode(id, userId, challenge, codeHash, sentAt, expiresAt, attempts + 1, usedAt);
    }
}
