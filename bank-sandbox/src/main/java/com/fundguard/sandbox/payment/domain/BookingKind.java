package com.fundguard.sandbox.payment.domain;

public enum BookingKind {
    /** The account's owner ordered a credit transfer (pain.001). */
    ISSUED_CREDIT_TRANSFER,
    /** A credit transfer from another account of this bank arrived. */
    RECEIVED_CREDIT_TRANSFER,
    /** A creditor drew a direct debit on the account, around the platform. */
    RECEIVED_DIRECT_DEBIT,
    /** An issued credit transfer taken back on the payer's cancellation request: the amount credited back. */
    ISSUED_CREDIT_TRANSFER_REVERSAL,
    /** A received credit transfer taken back on the payer's cancellation request: the amount debited again. */
    RECEIVED_CREDIT_TRANSFER_REVERSAL
}
