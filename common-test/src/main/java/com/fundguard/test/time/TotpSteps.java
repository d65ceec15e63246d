package com.fundguard.test.time;

import java.time.Duration;
import java.time.Instant;

/**
 * The wall clock as a test against a running server needs it for RFC 6238 codes. A test computes codes for its own
 * "now" and the server checks them against the 30-second step of the moment they arrive, one step either way. Taken
 * just before a step ends, a code for the previous step (as a test uses to activate an authenticator, so that the
 * current step's code is still unused) arrives two steps old and is refused. Waiting for a step with enough time
 * left makes the codes land in the step they were computed for.
 */
public final class TotpSteps {

    private static final long STEP_MILLIS = 30_000;

    private TotpSteps() {
    }

    /** Now, once at least {@code needed} is left in the current 30-second step (waits for the next step if not). */
    public static Instant nowWithAtLeast(Duration needed) {
        if (needed.toMillis() >= STEP_MILLIS) {
            throw new IllegalArgumentException("a step is 30 s; " + needed + " never fits in what is left of one");
        }
        long left = STEP_MILLIS - Math.floorMod(System.currentTimeMillis(), STEP_MILLIS);
        if (left < needed.toMillis()) {
            try {
                // A little past the boundary, so the next step has surely begun.
                Thread.sleep(left + 50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the next TOTP step", e);
            }
        }
        return Instant.now();
    }
}
