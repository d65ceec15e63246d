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
    REJECTED,
    CANCELLED,
    EXPIRED
}
