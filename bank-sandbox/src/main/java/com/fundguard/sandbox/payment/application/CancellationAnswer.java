package com.fundguard.sandbox.payment.application;

/** What the bank answers to a cancellation request. */
public sealed interface CancellationAnswer {

    /** A camt.029 resolution (accepted with the reversal, or refused with a reason). */
    record Resolution(byte[] camt029, String status, String reasonCode) implements CancellationAnswer {
    }

    /** Not a cancellation request this bank can read: 400, nothing looked at further, nothing changed. */
    record Malformed(String problem) implements CancellationAnswer {
    }
}
