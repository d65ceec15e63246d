package com.fundguard.notification.delivery.domain;

import java.time.Duration;

/** Exponential pauses between attempts of a channel that is down, capped; a delivery is never given up. */
public record RetryBackoff(Duration first, Duration max) {

    /** The pause after {@code failedAttempts} failed attempts (1: {@code first}, 2: twice that...). */
    public Duration after(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
        Duration pause = first.multipliedBy(1L << doublings);
        return pause.compareTo(max) > 0 ? max : pause;
    }
}
