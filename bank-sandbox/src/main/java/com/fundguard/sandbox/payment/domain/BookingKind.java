package com.fundguard.sandbox.payment.domain;

public enum BookingKind {
    /** The account's owner ordered a credit transfer (pain.001). */
    ISSUED_CREDIT_TRANSFER,
    /** A credit transfer from another account of this bank arrived. */
    RECEIVED_CREDIT_TRANSFER,
    /** A creditor drew a direct debit on the account, around the platform. */
    RECEIVED_DIRECT_DEBIT
}
