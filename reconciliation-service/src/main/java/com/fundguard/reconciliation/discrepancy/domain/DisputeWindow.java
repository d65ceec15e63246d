package com.fundguard.reconciliation.discrepancy.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * How long after the original transaction a dispute may still be raised (banks take none older than 180 days). The
 * day of the transaction plus the window is the last day a case may be opened.
 */
public record DisputeWindow(Period length) {

    public DisputeWindow {
        Objects.requireNonNull(length, "length");
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("a dispute window is longer than nothing: " + length);
        }
    }

    public static DisputeWindow days(int days) {
        return new DisputeWindow(Period.ofDays(days));
    }

    /** Empty if a case about a transaction of {@code transactionDate} may be opened {@code today}; otherwise why not. */
    public Optional<String> refusal(LocalDate transactionDate, LocalDate today) {
        LocalDate lastDay = transactionDate.plus(length);
        if (today.isAfter(lastDay)) {
            return Optional.of("the transaction of " + transactionDate + " is older than the dispute window of " + length.getDays()
                    + " days (the last day to raise it was " + lastDay + ")");
        }
        if (transactionDate.isAfter(today)) {
            return Optional.of("the transaction date " + transactionDate + " is in the future");
        }
        return Optional.empty();
    }
}
