package com.fundguard.identity.signin.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How many passwords in a row were wrong, and until when the account refuses every password. After
 * {@value #MAX_FAILURES} wrong passwords the account locks for {@link #LOCK}; the lock holds even against the right
 * password, so guessing on past the limit learns nothing. A success resets the count.
 */
public record SignInThrottle(int failures, Instant lockedUntil) {

    public static final int MAX_FAILURES = 10;
    public static final Duration LOCK = Duration.ofMinutes(30);

    public static SignInThrottle fresh() {
        return new SignInThrottle(0, null);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** A wrong password at {@code now}: counts it, and the {@value #MAX_FAILURES}th locks the account. */
    public SignInThrottle afterFailure(Instant now) {
        if (lockedAt(now)) {
            return this;
        }
        int counted = failures + 1;
        return counted >= MAX_FAILURES ? new SignInThrottle(0, now.plus(LOCK)) : new SignInThrottle(counted, null);
    }

    public SignInThrottle afterSuccess() {
        return fresh();
    }
}
