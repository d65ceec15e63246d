package com.fundguard.reconciliation.statement.domain;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an imported file held: how many statements and entries, for which accounts, over which days.
 *
 * @param from the earliest date the file speaks of (balance or booking date), absent for a file without any date
 */
public record ImportSummary(int statements, long entries, List<AccountPeriod> accounts, Optional<LocalDate> from,
                            Optional<LocalDate> to) {

    /** One account and currency of the file, the days its statements cover and how many entries they hold. */
    public record AccountPeriod(String account, Currency currency, Optional<LocalDate> from, Optional<LocalDate> to,
                                long entries) {
        public AccountPeriod {
            Objects.requireNonNull(account);
            Objects.requireNonNull(currency);
            Objects.requireNonNull(from);
            Objects.requireNonNull(to);
        }
    }

    public ImportSummary {
        accounts = List.copyOf(accounts);
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        if (statements < 0 || entries < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
    }
}
