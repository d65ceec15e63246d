package com.fundguard.reconciliation.close.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A statement line booked on the account on the day being closed, with what the daily report shows of it.
 *
 * @param lineNumber the line's position in its statement
 * @param reversal   booked as the reversal of an earlier entry; {@code direction} already says which way it moved
 */
public record BookedLine(UUID id, String statementReference, int lineNumber, LocalDate bookingDate, LocalDate valueDate,
                         BigDecimal amount, Currency currency, Direction direction, boolean reversal,
                         Optional<String> bankReference, Optional<String> endToEndReference,
                         Optional<String> counterpartyAccount, Optional<String> counterpartyName) {

    public BookedLine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(statementReference, "statementReference");
        Objects.requireNonNull(bookingDate, "bookingDate");
        Objects.requireNonNull(valueDate, "valueDate");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(bankReference, "bankReference");
        Objects.requireNonNull(endToEndReference, "endToEndReference");
        Objects.requireNonNull(counterpartyAccount, "counterpartyAccount");
        Objects.requireNonNull(counterpartyName, "counterpartyName");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("a line's amount is never negative (its direction says which way): " + amount);
        }
    }

    public BigDecimal signedAmount() {
        return direction.signed(amount);
    }
}
