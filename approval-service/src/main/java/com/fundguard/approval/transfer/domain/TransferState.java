package com.fundguard.approval.transfer.domain;

/** The life of a transfer request (DESIGN.md section 3). */
public enum TransferState {
    DRAFT,
    SUBMITTED,
    PENDING_AUDIT,
    PENDING_AUTHORIZATION,
    AUTHORIZED,
    EXECUTING,
    EXECUTED,
    FAILED,
    OUTCOME_UNKNOWN,
    SETTLED,
    /** The money came back: the bank returned the payment after it was booked (reconciliation found the credit). */
    RETURNED,
    REJECTED,
    CANCELLED,
    EXPIRED
}
