package com.fundguard.reconciliation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The service's one clock (common-web's is conditional on no other) under the test's hand: the test sets the time and
 * everything that reads it (the statement pull's yesterday, a recall's window) sees that time.
 */
@TestConfiguration
public class ClockForTests {

    /** A clock that stands still until the test moves it. */
    public static final class MovableClock extends Clock {

        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        public void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the service reads instants only");
        }
    }

    @Bean
    MovableClock movableClock() {
        return new MovableClock(Instant.now());
    }
}
