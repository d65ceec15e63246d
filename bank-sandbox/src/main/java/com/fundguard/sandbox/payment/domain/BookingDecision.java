package com.fundguard.sandbox.payment.domain;

/** What the bank does with an order it read and believed: book it, or refuse it with a reason. */
public sealed interface BookingDecision {

    record Book() implements BookingDecision {
    }

    record Refuse(RefusalReason reason) implements BookingDecision {
    }
}
