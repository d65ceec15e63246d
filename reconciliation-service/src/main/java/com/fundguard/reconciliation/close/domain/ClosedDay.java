package com.fundguard.reconciliation.close.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import java.util.UUID;

/**
 * A closed day of an account: the figures it closed with, kept as they were. Nothing changes a closed day; the next
 * day opens with its closing balance.
 *
 * @param basis              what the closing balance rests on
 * @param statementReference the statement whose closing balance closed the day, or for a day without movement the
 *                           later statement whose opening balance confirmed it
 * @param linesMatched       lines matched when the day closed
 * @param linesInOpenCases   lines held by open discrepancy cases when the day closed (still to be resolved)
 */
public record ClosedDay(UUID booksId, UUID enterpriseId, String account, LocalDate day, Currency currency,
                        BigDecimal openingBalance, BigDecimal totalCredits, BigDecimal totalDebits,
                        BigDecimal closingBalance, int lineCount, int linesMatched, int linesInOpenCases, Basis basis,
                        String statementReference, UUID closedBy, Instant closedAt) {

    public enum Basis {
        /** A statement dated that day states the closing balance, and opening + entries reach it. */
        STATEMENT,
        /**
         * No statement closes that day and no line is booked on it; the bank's next statement opens with the
         * balance carried over, which confirms that nothing moved (weekends, holidays).
         */
        NO_MOVEMENT_CONFIRMED
    }

    public ClosedDay {
        Objects.requireNonNull(booksId, "booksId");
        Objects.requireNonNull(enterpriseId, "enterpriseId");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(openingBalance, "openingBalance");
        Objects.requireNonNull(totalCredits, "totalCredits");
        Objects.requireNonNull(totalDebits, "totalDebits");
        Objects.requireNonNull(closingBalance, "closingBalance");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(statementReference, "statementReference");
        Objects.requireNonNull(closedBy, "closedBy");
        Objects.requireNonNull(closedAt, "closedAt");
        if (openingBalance.add(totalCredits).subtract(totalDebits).compareTo(closingBalance) != 0) {
            throw new IllegalArgumentException("a closed day adds up: " + openingBalance + " + " + totalCredits + " - "
                    + totalDebits + " is not " + closingBalance);
        }
    }
}
