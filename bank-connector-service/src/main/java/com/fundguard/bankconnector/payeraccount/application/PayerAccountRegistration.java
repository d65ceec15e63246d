package com.fundguard.bankconnector.payeraccount.application;

import com.fundguard.bankconnector.payeraccount.domain.PayerAccount;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/** Registers the accounts an enterprise pays from; the same registration twice is one. */
public class PayerAccountRegistration {

    private final PayerAccounts accounts;
    private final Clock clock;

    public PayerAccountRegistration(PayerAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    public Registered register(UUID enterpriseId, String accountNumber, String name, String bankCode, Currency currency) {
        PayerAccount account = new PayerAccount(enterpriseId, accountNumber, name, bankCode, currency,
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        if (accounts.addIfAbsent(account)) {
            return new Registered(account, true);
        }
        PayerAccount existing = accounts.find(enterpriseId, accountNumber).orElseThrow();
        if (!existing.sameRegistrationAs(account)) {
            throw new PayerAccountConflictException(accountNumber);
        }
        return new Registered(existing, false);
    }

    public List<PayerAccount> all(UUID enterpriseId) {
        return accounts.all(enterpriseId);
    }

    public record Registered(PayerAccount account, boolean created) {
    }
}
