package com.fundguard.reconciliation.close.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import java.util.UUID;

/**
 * An account whose days the platform closes, from its first day on. The first day has no closed day before it, so
 * its opening balance is the one an auditor or authorizer stated when opening the books; every later day opens
 * with the closing balance of the day before.
 *
 * @param openingBalance the balance at the start of the first day, positive in credit, negative when overdrawn
 */
public record AccountBooks(UUID id, UUID enterpriseId, String account, Currency currency, LocalDate firstDay,
                           BigDecimal openingBalance, UUID openedBy, Instant openedAt) {

    public AccountBooks {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(enterpriseId, "enterpriseId");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(openingBalance, "openingBalance");
        Objects.requireNonNull(openedBy, "openedBy");
        Objects.requireNonNull(openedAt, "openedAt");
        if (account.isBlank()) {
            throw new IllegalArgumentException("the books are of a named account");
        }
    }

    /** Whether a request to open these books asks for exactly what they were opened with. */
    boolean sameOpening(OpeningRequest request) {
        return firstDay.equals(request.firstDay()) && currency.equals(request.currency())
                && openingBalance.compareTo(request.openingBalance()) == 0;
    }
}
