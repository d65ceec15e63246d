package com.fundguard.sandbox.payment.application;

/** What the bank answers to a submitted order. */
public sealed interface SubmissionAnswer {

    /** The login (account and password) is refused: 401, nothing looked at further. */
    record LoginRefused() implements SubmissionAnswer {
    }

    /**
     * A pain.002 status report; {@code dropped}: a DROPPED_RESPONSE fault struck, the answer must not reach the caller.
     */
    record Report(byte[] pain002, String status, String reasonCode, boolean dropped) implements SubmissionAnswer {
    }
}
