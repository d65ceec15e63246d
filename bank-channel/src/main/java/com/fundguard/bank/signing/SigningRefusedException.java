package com.fundguard.bank.signing;

/** The token would not sign: wrong PIN, locked or absent token, no such key. Never carries the PIN. */
public class SigningRefusedException extends RuntimeException {

    public SigningRefusedException(String message) {
        super(message);
    }
}
