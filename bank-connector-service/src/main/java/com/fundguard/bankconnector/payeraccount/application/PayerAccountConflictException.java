package com.fundguard.bankconnector.payeraccount.application;

public class PayerAccountConflictException extends RuntimeException {

    public PayerAccountConflictException(String accountNumber) {
        super("payer account " + accountNumber + " is registered with other details");
    }
}
