package com.fundguard.sandbox.payment.application;

/** A SERVER_ERROR fault: the bank fails before it books anything. */
public class InjectedServerErrorException extends RuntimeException {

    public InjectedServerErrorException(String endToEndId) {
        super("injected server error for " + endToEndId + " (nothing booked)");
    }
}
