package com.fundguard.sandbox.payment.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;

/**
 * An order the bank decided on, as a cancellation request finds it: its fate (ACSC booked, RJCT refused), what it moved
 * and to whom, and when it was booked.
 */
public record OriginalOrder(String debtorAccount, String endToEndId, String status, BigDecimal amount, Currency currency,
                            String creditorName, String creditorAccount, String creditorBank, Optional<Instant> bookedAt) {

    public boolean booked() {
        return "ACSC".equals(status) && bookedAt.isPresent();
    }
}
