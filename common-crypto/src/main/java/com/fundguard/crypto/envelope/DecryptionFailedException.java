package com.fundguard.crypto.envelope;

/**
 * A ciphertext that does not open: tampered, moved to another owner, damaged, or wrapped by a key we do not hold.
 * Deliberately says little: which of these it was helps an attacker more than an operator.
 */
public class DecryptionFailedException extends RuntimeException {

    public DecryptionFailedException(String message) {
        super(message);
    }
}
