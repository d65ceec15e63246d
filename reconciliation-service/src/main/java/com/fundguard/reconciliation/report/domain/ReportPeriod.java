package com.fundguard.reconciliation.report.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The booking dates a report covers, both included: at most {@value #MAX_DAYS} days (a leap year), so that a report
 * reads a bounded part of the statement lines.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 366;

    public ReportPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new InvalidReportRequestException("to", "must not be before from (" + from + ")");
        }
        long days = days(from, to);
        if (days > MAX_DAYS) {
            throw new InvalidReportRequestException("to", "the period is at most " + MAX_DAYS + " days; " + from + " to " + to + " is " + days);
        }
    }

    public long days() {
        return days(from, to);
    }

    private static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
