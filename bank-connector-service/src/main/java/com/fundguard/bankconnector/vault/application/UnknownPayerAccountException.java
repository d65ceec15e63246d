package com.fundguard.bankconnector.vault.application;

/** Credentials are set for registered payer accounts only. */
public class UnknownPayerAccountException extends RuntimeException {

    public UnknownPayerAccountException(String accountNumber) {
        super("payer account " + accountNumber + " is not registered for this enterprise");
    }
}
