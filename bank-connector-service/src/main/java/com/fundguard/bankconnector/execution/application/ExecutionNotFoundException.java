package com.fundguard.bankconnector.execution.application;

/** No such transfer or claim in the caller's enterprise (another enterprise's is not found either). */
public class ExecutionNotFoundException extends RuntimeException {

    public ExecutionNotFoundException(String what) {
        super(what + " is not known in this enterprise");
    }
}
