package com.fundguard.bankconnector.vault.application;

/** The payer account has no credentials set (or is not the enterprise's). */
public class NoCredentialsException extends RuntimeException {

    public NoCredentialsException(String accountNumber) {
        super("no online-banking credentials are set for payer account " + accountNumber);
    }
}
