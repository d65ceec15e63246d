package com.fundguard.sandbox.account.application;

public class AccountConflictException extends RuntimeException {

    public AccountConflictException(String accountNumber) {
        super("account " + accountNumber + " is open for another owner or currency");
    }
}
