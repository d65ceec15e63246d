package com.fundguard.sandbox.account.application;

import com.fundguard.sandbox.account.domain.BankAccount;
import java.util.Optional;

/** The bank freezes an account (a court order, a dispute): payment orders from or to it are refused with AC06. */
public class AccountFreezing {

    private final BankAccounts accounts;

    public AccountFreezing(BankAccounts accounts) {
        this.accounts = accounts;
    }

    public Optional<BankAccount> freeze(String accountNumber) {
        return accounts.markFrozen(accountNumber, true) ? accounts.find(accountNumber) : Optional.empty();
    }

    public Optional<BankAccount> unfreeze(String accountNumber) {
        return accounts.markFrozen(accountNumber, false) ? accounts.find(accountNumber) : Optional.empty();
    }
}
