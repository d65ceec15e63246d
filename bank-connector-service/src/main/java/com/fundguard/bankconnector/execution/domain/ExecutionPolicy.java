package com.fundguard.bankconnector.execution.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * The execution's timings.
 *
 * @param lease               how long a claim lives without a heartbeat
 * @param inquiryDelay        after a lost lease or an unknown outcome, how long before the first inquiry: an order
 *                            in flight has time to arrive, so "no such order" means what it says
 * @param inquiryBackoff      the pause after the first unanswered inquiry, doubled each time
 * @param maxInquiryBackoff   the longest pause between two inquiries
 * @param notSentBackoff      the pause before an order that never left is offered again
 * @param maxNotSentAttempts  attempts that never left before the transfer is failed (a refused PIN must not lock
 *                            the UKEY by trying for ever)
 */
public record ExecutionPolicy(Duration lease, Duration inquiryDelay, Duration inquiryBackoff, Duration maxInquiryBackoff,
                              Duration notSentBackoff, int maxNotSentAttempts) {

    public ExecutionPolicy {
        Objects.requireNonNull(lease);
        Objects.requireNonNull(inquiryDelay);
        Objects.requireNonNull(inquiryBackoff);
        Objects.requireNonNull(maxInquiryBackoff);
        Objects.requireNonNull(notSentBackoff);
        if (lease.isNegative() || lease.isZero() || maxNotSentAttempts < 1) {
            throw new IllegalArgumentException("a lease is positive and at least one attempt is allowed");
        }
    }

    /** The pause after {@code unanswered} inquiries in a row that got no answer. */
    public Duration backoffAfter(int unanswered) {
        Duration pause = inquiryBackoff;
        for (int i = 1; i < unanswered && pause.compareTo(maxInquiryBackoff) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(maxInquiryBackoff) > 0 ? maxInquiryBackoff : pause;
    }
}
