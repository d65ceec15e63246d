package com.fundguard.bank.iso20022;

/** A bank message that cannot be written or read as its ISO 20022 version requires. */
public class IsoMessageException extends RuntimeException {

    public IsoMessageException(String message) {
        super(message);
    }
}
