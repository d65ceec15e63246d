package com.fundguard.reconciliation.close.adapter.out.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Published contract {@code com.fundguard.reconciliation.day-closed.v1} on the {@code reconciliation} topic, keyed by
 * the account's books, so one account's days arrive in the order they closed. Balances are signed (negative when
 * overdrawn), amounts as decimals with their ISO 4217 currency.
 *
 * @param basis STATEMENT, or NO_MOVEMENT_CONFIRMED for a day without a statement that the next statement confirmed
 */
public record DayClosedV1(UUID booksId, String account, LocalDate day, String currency, BigDecimal openingBalance,
                          BigDecimal totalCredits, BigDecimal totalDebits, BigDecimal closingBalance, int lineCount,
                          int linesMatched, int linesInOpenCases, String basis, String statementReference, UUID closedBy,
                          Instant closedAt) {

    public static final String TYPE = "com.fundguard.reconciliation.day-closed.v1";
}
