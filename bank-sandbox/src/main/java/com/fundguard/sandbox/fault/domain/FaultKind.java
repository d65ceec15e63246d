package com.fundguard.sandbox.fault.domain;

/** What the sandbox bank can be told to do wrong to a payment order. */
public enum FaultKind {
    /** Holds the order {@code millis} before handling it (it is then handled as usual, whether the caller waited or not). */
    LATENCY,
    /** Answers 500 before anything is booked. */
    SERVER_ERROR,
    /** Books the order, then loses the answer: the connection is closed in the middle of the response. */
    DROPPED_RESPONSE,
    /** Refuses the order with AM04 whatever the balance. */
    INSUFFICIENT_FUNDS,
    /** Refuses the order with AC01 whatever the accounts. */
    INVALID_ACCOUNT,
    /** Refuses the order with AC06 whatever the accounts. */
    FROZEN_ACCOUNT
}
