package com.fundguard.sandbox.account.application;

import com.fundguard.sandbox.account.domain.BankAccount;
import java.util.Optional;

public interface BankAccounts {

    /** Adds the account unless one with its number exists; returns whether it added it. */
    boolean addIfAbsent(BankAccount account);

    Optional<BankAccount> find(String accountNumber);

    /** Sets whether the account is frozen; returns whether the account exists. */
    boolean markFrozen(String accountNumber, boolean frozen);
}
