package com.fundguard.sandbox.payment.domain;

/** Why the bank will not cancel an order, with ISO's ExternalPaymentCancellationRejection1Code it answers. */
public enum CancellationRefusal {
    /** NOOR: no booked order matches the request (unknown end-to-end id, refused order, other amount or currency). */
    NO_ORIGINAL_ORDER("NOOR"),
    /** AGNT: the bank's decision: the request came after its cancellation cut-off. */
    PAST_CUT_OFF("AGNT"),
    /** AM04: the creditor's account here no longer holds the amount to take back. */
    CREDITOR_FUNDS_GONE("AM04");

    private final String isoCode;

    CancellationRefusal(String isoCode) {
        this.isoCode = isoCode;
    }

    public String isoCode() {
        return isoCode;
    }
}
