package com.fundguard.bank.channel;

/** What the bank answered to a submitted order. */
public sealed interface SubmissionOutcome {

    /** Booked: the money moved; {@code bankReference} is the bank's booking reference. */
    record Booked(String bankReference) implements SubmissionOutcome {
    }

    /** Accepted but not booked yet (ACCP, ACSP, PDNG): the final fate comes by inquiry. */
    record Pending(String status) implements SubmissionOutcome {
    }

    /** Refused, nothing booked: {@code reasonCode} is the ISO 20022 status reason (AC01, AC06, AM04, DS0A, FF01...). */
    record Rejected(String reasonCode) implements SubmissionOutcome {
    }

    /**
     * The bank already holds an order with this end-to-end id (DUPL). Says nothing about that order's fate: the
     * caller asks by inquiry and never treats it as a failure.
     */
    record DuplicateAtBank() implements SubmissionOutcome {
    }

    /** The bank refused the online-banking login (wrong password, unknown account): nothing was booked. */
    record LoginRefused() implements SubmissionOutcome {
    }
}
