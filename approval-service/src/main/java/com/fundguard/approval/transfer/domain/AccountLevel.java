package com.fundguard.approval.transfer.domain;

/** How many levels a payer account's payments pass (the patent's account setting). */
public enum AccountLevel {
    /** Applicant, then authorizer (template TWO_LEVEL). */
    TWO_LEVEL,
    /** Applicant, auditor, then authorizer (template THREE_LEVEL). */
    THREE_LEVEL
}
