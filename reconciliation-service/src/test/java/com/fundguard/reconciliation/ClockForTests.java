package com.fundguard.reconciliation;

import com.fundguard.test.time.MovableClock;
import java.time.Instant;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The service's one clock (common-web's is conditional on no other) under the test's hand: the test sets the time and
 * everything that reads it (the statement pull's yesterday, a recall's window) sees that time.
 */
@TestConfiguration
public class ClockForTests {

    @Bean
    MovableClock movableClock() {
        return new MovableClock(Instant.now());
    }
}
