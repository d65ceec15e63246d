package com.fundguard.crypto.keys;

/** The provider holds no key of that id. */
public class UnknownKeyException extends RuntimeException {

    public UnknownKeyException(String keyId) {
        super("no key-encryption key with id " + keyId);
    }
}
