package com.fundguard.reconciliation.close.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/** What an auditor or authorizer states to open an account's books: from which day, in which currency, at what balance. */
public record OpeningRequest(LocalDate firstDay, Currency currency, BigDecimal openingBalance) {

    public OpeningRequest {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(openingBalance, "openingBalance");
    }
}
