package com.fundguard.security.caller;

/** The caller is known but may not do this (403). The message says which rule refused, never more. */
public class AccessRefusedException extends RuntimeException {

    public AccessRefusedException(String message) {
        super(message);
    }
}
