package com.fundguard.crypto.sealing;

/** A sealed box that cannot be opened (wrong recipient, tampered, other associated data) or made. */
public class SealingException extends RuntimeException {

    public SealingException(String message) {
        super(message);
    }
}
