package com.fundguard.reconciliation.report.domain;

import com.fundguard.reconciliation.discrepancy.domain.CaseState;
import com.fundguard.reconciliation.discrepancy.domain.DiscrepancyType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** An error case not yet resolved, as the open-cases report lists it. */
public record OpenCase(UUID id, DiscrepancyType type, CaseState state, String account, BigDecimal amount, Currency currency,
                       LocalDate transactionDate, Instant openedAt, Instant deadline, Optional<UUID> owner) {

    public OpenCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(transactionDate, "transactionDate");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(owner, "owner");
        if (state == CaseState.RESOLVED) {
            throw new IllegalArgumentException("case " + id + " is resolved: not an open case");
        }
    }
}
