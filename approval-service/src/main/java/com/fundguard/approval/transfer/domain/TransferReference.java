package com.fundguard.approval.transfer.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/** The human reference a cashier quotes on the phone: TR-20261122-000123 (day of submission, running number). */
public record TransferReference(String value) {

    private static final Pattern FORMAT = Pattern.compile("TR-\\d{8}-\\d{6,}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    public TransferReference {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a transfer reference: " + value);
        }
    }

    public static TransferReference of(LocalDate day, long runningNumber) {
        return new TransferReference("TR-" + day.format(DAY) + "-" + String.format("%06d", runningNumber));
    }

    @Override
    public String toString() {
        return value;
    }
}
