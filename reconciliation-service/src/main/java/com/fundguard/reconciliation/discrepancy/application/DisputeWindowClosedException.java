package com.fundguard.reconciliation.discrepancy.application;

/** The original transaction is older than the dispute window: no case is opened (422 naming transactionDate). */
public class DisputeWindowClosedException extends RuntimeException {

    public DisputeWindowClosedException(String why) {
        super(why);
    }
}
