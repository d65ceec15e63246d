package com.fundguard.sandbox.account.application;

import com.fundguard.sandbox.account.domain.BankAccount;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.Optional;

/** Opens accounts at the sandbox bank; opening the same account twice is one opening. */
public class AccountOpening {

    private final BankAccounts accounts;
    private final Clock clock;

    public AccountOpening(BankAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    public Opened open(String accountNumber, String ownerName, Currency currency, BigDecimal openingBalance) {
        BankAccount account = BankAccount.open(accountNumber, ownerName, currency, openingBalance,
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        if (accounts.addIfAbsent(account)) {
            return new Opened(account, true);
        }
        BankAccount existing = accounts.find(accountNumber).orElseThrow();
        if (!existing.sameOpeningAs(ownerName, currency)) {
            throw new AccountConflictException(accountNumber);
        }
        return new Opened(existing, false);
    }

    public Optional<BankAccount> find(String accountNumber) {
        return accounts.find(accountNumber);
    }

    public record Opened(BankAccount account, boolean created) {
    }
}
