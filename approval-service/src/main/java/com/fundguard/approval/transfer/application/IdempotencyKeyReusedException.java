package com.fundguard.approval.transfer.application;

/** The key was used before for a different request: refusing beats guessing which one the client meant. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException() {
        super("this Idempotency-Key was used for a different request");
    }
}
