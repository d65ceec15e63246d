package com.fundguard.reconciliation.matching.domain;

/**
 * What the matcher found that a person (or an automatic resolution) has to deal with. The first seven are the
 * discrepancy types of the error cases, by the same names.
 */
public enum FindingType {
    /** A debit no transfer explains: possibly a payment made around the platform. */
    BANK_DEBIT_WITHOUT_TRANSFER,
    /** A transfer that should have been debited and no line was found; the caller applies the cut-off. */
    TRANSFER_WITHOUT_BANK_DEBIT,
    /** A debit carries a transfer's reference but its amount (or currency) differs beyond the tolerance. */
    AMOUNT_MISMATCH,
    /** A further debit carries the reference of a transfer already matched, for the same amount. */
    DUPLICATE_DEBIT,
    /** A credit or a reversal carries the reference of a transfer: the money came back. */
    RETURNED_PAYMENT,
    /** A bank charge: the difference of a fee-tolerance match, or a debit with a charge transaction code. */
    FEE,
    /** A transfer whose outcome was unknown is matched to a debit: it was executed. */
    UNKNOWN_OUTCOME_RESOLVED,
    /**
     * Lines and transfers that could be paired in more than one equally good way: the matcher does not guess, a
     * person pairs them. Not one of the seven discrepancy types: the caller decides how to open it.
     */
    AMBIGUOUS_MATCH
}
