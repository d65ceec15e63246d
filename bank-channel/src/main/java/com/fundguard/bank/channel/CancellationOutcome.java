package com.fundguard.bank.channel;

/** What the bank answered to a recall (camt.029). */
public sealed interface CancellationOutcome {

    /** The bank reversed the booking: the money is back on the debtor account; {@code reversalReference} is the reversal booking. */
    record Cancelled(String reversalReference) implements CancellationOutcome {
    }

    /**
     * The bank will not cancel; nothing was reversed. {@code reasonCode} is ISO's ExternalPaymentCancellationRejection1Code:
     * NOOR (no such booked order), AGNT (the bank's decision: past its cancellation cut-off), AM04 (the creditor here no
     * longer holds the amount), LEGL, ARDT...
     */
    record Refused(String reasonCode) implements CancellationOutcome {
    }

    /** The bank has the request and has not decided yet (PDCR): ask again later with the same request. */
    record Pending() implements CancellationOutcome {
    }
}
