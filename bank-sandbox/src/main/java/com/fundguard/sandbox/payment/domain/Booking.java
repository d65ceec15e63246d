package com.fundguard.sandbox.payment.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/** One movement on one account: a line of its statement. */
public record Booking(String reference, String accountNumber, BookingKind kind, String endToEndId, BigDecimal amount, Currency currency,
                      boolean credit, String counterpartyName, String counterpartyAccount, Instant bookedAt, LocalDate bookingDate,
                      LocalDate valueDate) {

    public Booking {
        Objects.requireNonNull(reference);
        Objects.requireNonNull(accountNumber);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(currency);
        Objects.requireNonNull(bookedAt);
        Objects.requireNonNull(bookingDate);
        Objects.requireNonNull(valueDate);
        if (amount == null || amount.signum() <= 0) {
            throw new IllegalArgumentException("a booking moves a positive amount");
        }
    }

    /** What the booking does to the balance. */
    public BigDecimal signedAmount() {
        return credit ? amount : amount.negate();
    }
}
