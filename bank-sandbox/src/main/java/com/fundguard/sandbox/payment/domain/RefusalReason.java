package com.fundguard.sandbox.payment.domain;

/** Why the bank refuses to book, with the ISO 20022 status reason code it answers. */
public enum RefusalReason {
    UNKNOWN_ACCOUNT("AC01"),
    BLOCKED_ACCOUNT("AC06"),
    CURRENCY_NOT_ALLOWED("AM03"),
    INSUFFICIENT_FUNDS("AM04");

    private final String isoCode;

    RefusalReason(String isoCode) {
        this.isoCode = isoCode;
    }

    public String isoCode() {
        return isoCode;
    }
}
