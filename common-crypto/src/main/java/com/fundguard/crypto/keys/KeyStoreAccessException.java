package com.fundguard.crypto.keys;

/** A keystore or token could not be opened or read. Never carries a password or PIN. */
public class KeyStoreAccessException extends RuntimeException {

    public KeyStoreAccessException(String message) {
        super(message);
    }
}
