package com.fundguard.reconciliation.reconciliation.application;

import java.util.Currency;
import java.util.Objects;
import java.util.UUID;

/** One enterprise's account in one currency: what is reconciled as a unit, one run at a time. */
public record AccountKey(UUID enterpriseId, String account, Currency currency) {

    public AccountKey {
        Objects.requireNonNull(enterpriseId, "enterpriseId");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(currency, "currency");
    }
}
