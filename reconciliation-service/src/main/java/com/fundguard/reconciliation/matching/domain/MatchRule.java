package com.fundguard.reconciliation.matching.domain;

/** Which rule of which pass made a match. */
public enum MatchRule {
    /** The line carries the transfer's end-to-end id; account, currency and amount equal. */
    END_TO_END_ID(MatchPass.EXACT_REFERENCE),
    /** The line carries the transfer's bank reference (and no end-to-end id of a transfer); amount equal. */
    BANK_REFERENCE(MatchPass.EXACT_REFERENCE),
    /** Same account, currency, amount and counterparty, booked within the date window; no reference. */
    AMOUNT_COUNTERPARTY_DATE(MatchPass.COUNTERPARTY_WINDOW),
    /** The line carries the transfer's reference and is larger by no more than the fee tolerance. */
    REFERENCE_WITHIN_FEE(MatchPass.TOLERANCE),
    /** The line carries the transfer's reference and differs by no more than the rounding tolerance. */
    REFERENCE_WITHIN_ROUNDING(MatchPass.TOLERANCE),
    /** As {@link #AMOUNT_COUNTERPARTY_DATE}, the line larger by no more than the fee tolerance. */
    COUNTERPARTY_DATE_WITHIN_FEE(MatchPass.TOLERANCE),
    /** As {@link #AMOUNT_COUNTERPARTY_DATE}, the amounts differing by no more than the rounding tolerance. */
    COUNTERPARTY_DATE_WITHIN_ROUNDING(MatchPass.TOLERANCE),
    /** One line is the sum of several transfers of one account, currency and execution date (a batch booking). */
    BATCH_BOOKING(MatchPass.GROUP),
    /** One transfer booked as several lines that all carry its reference and add up to it. */
    SPLIT_BOOKING_BY_REFERENCE(MatchPass.GROUP),
    /** One transfer booked as several lines to its payee within the window that add up to it. */
    SPLIT_BOOKING_BY_COUNTERPARTY(MatchPass.GROUP);

    private final MatchPass pass;

    MatchRule(MatchPass pass) {
        this.pass = pass;
    }

    public MatchPass pass() {
        return pass;
    }

    /** A rule that lets a bank charge through: its difference is reported as a FEE finding. */
    public boolean isFeeTolerance() {
        return this == REFERENCE_WITHIN_FEE || this == COUNTERPARTY_DATE_WITHIN_FEE;
    }
}
