package com.fundguard.notification.webhook.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How long a delivery waits after a failed attempt, and how many attempts it gets before it is parked on the
 * dead-letter list: the pause doubles from {@code firstDelay} up to {@code maxDelay}. No jitter: each delivery keeps
 * its own clock (its first attempt is when its event arrived), so the retries of many deliveries do not line up unless
 * their events did.
 */
public record WebhookRetryPolicy(Duration firstDelay, Duration maxDelay, int maxAttempts) {

    public WebhookRetryPolicy {
        Objects.requireNonNull(firstDelay);
        Objects.requireNonNull(maxDelay);
        if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("0 < first delay <= max delay");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
    }

    /** The pause after the {@code failedAttempts}-th failed attempt (1: {@code firstDelay}, 2: twice that...). */
    public Duration delayAfter(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /** Whether the {@code failedAttempts}-th failure was the last attempt allowed. */
    public boolean exhaustedAfter(int failedAttempts) {
        return failedAttempts >= maxAttempts;
    }

    /** The pauses between the attempts of a delivery that never succeeds: {@code maxAttempts - 1} of them. */
    public List<Duration> schedule() {
        List<Duration> pauses = new ArrayList<>();
        for (int failed = 1; failed < maxAttempts; failed++) {
            pauses.add(delayAfter(failed));
        }
        return List.copyOf(pauses);
    }
}
