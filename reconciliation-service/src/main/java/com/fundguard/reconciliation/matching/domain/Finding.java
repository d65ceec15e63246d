package com.fundguard.reconciliation.matching.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A discrepancy hint: its type, the lines and transfers it concerns and why the matcher raised it.
 *
 * @param account the account concerned (the line's, or the payer's for a transfer without a line)
 * @param amount  the amount at stake, never negative: the line's for an unexplained, duplicate or returned line, the
 *                transfer's for a missing debit or a resolved unknown outcome, the absolute difference for an amount
 *                mismatch, the charge for a fee, the lines' total for an ambiguity
 * @param date    the booking date of its first line, or the transfer's execution date where there is no line
 * @param why     a sentence for the case: the references, amounts and counterparts that made the matcher raise it
 */
public record Finding(FindingType type, String account, Currency currency, BigDecimal amount, LocalDate date,
                      List<UUID> lineIds, List<UUID> transferIds, String why) {

    public Finding {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(date, "date");
        lineIds = List.copyOf(lineIds);
        transferIds = List.copyOf(transferIds);
        Objects.requireNonNull(why, "why");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("a finding's amount is never negative: " + amount);
        }
        if (lineIds.isEmpty() && transferIds.isEmpty()) {
            throw new IllegalArgumentException("a finding concerns at least one line or transfer");
        }
    }
}
