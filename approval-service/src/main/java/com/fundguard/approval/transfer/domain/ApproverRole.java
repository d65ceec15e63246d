package com.fundguard.approval.transfer.domain;

/** The roles that decide on a transfer (DESIGN.md section 1). */
public enum ApproverRole {
    /** The accounting supervisor: reviews and signs an opinion. */
    AUDITOR,
    /** The owner or legal representative: the final approval. */
    AUTHORIZER
}
