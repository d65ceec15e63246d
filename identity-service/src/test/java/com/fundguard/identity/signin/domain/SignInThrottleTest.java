package com.fundguard.identity.signin.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    final Instant now = Instant.parse("2026-11-23T09:00:00Z");

    SignInThrottle afterFailures(int count) {
        SignInThrottle throttle = SignInThrottle.fresh();
        for (int i = 0; i < count; i++) {
            throttle = throttle.afterFailure(now);
        }
        return throttle;
    }

    @Test
    void nineWrongPasswordsDoNotLockTheAccount() {
        assertThat(afterFailures(9).lockedAt(now)).isFalse();
        assertThat(afterFailures(9).failures()).isEqualTo(9);
    }

    @Test
    void theTenthWrongPasswordLocksTheAccountForThirtyMinutes() {
        SignInThrottle locked = afterFailures(10);

        assertThat(locked.lockedAt(now)).isTrue();
        assertThat(locked.lockedAt(now.plus(Duration.ofMinutes(30)).minusSeconds(1))).isTrue();
        assertThat(locked.lockedAt(now.plus(Duration.ofMinutes(30)))).isFalse();
    }

    @Test
    void wrongPasswordsWhileLockedDoNotExtendOrResetTheLock() {
        SignInThrottle locked = afterFailures(10);

        assertThat(locked.afterFailure(now.plusSeconds(60))).isEqualTo(locked);
    }

    @Test
    void aSuccessForgetsEarlierFailures() {
        assertThat(afterFailures(7).afterSuccess()).isEqualTo(SignInThrottle.fresh());
    }
}
