package com.fundguard.sandbox.account.domain;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Objects;

/**
 * What the bank keeps of an account's online banking: a hash of the password (never the password) and the
 * certificate of the UKEY whose signature every payment order from the account must carry.
 */
public record OnlineBankingRegistration(String accountNumber, String passwordHash, X509Certificate signerCertificate, Instant registeredAt) {

    public static final int MIN_PASSWORD = 8;
    public static final int MAX_PASSWORD = 128;

    public OnlineBankingRegistration {
        Objects.requireNonNull(accountNumber);
        Objects.requireNonNull(passwordHash);
        Objects.requireNonNull(signerCertificate);
        Objects.requireNonNull(registeredAt);
    }

    /** A password the bank accepts for online banking (before hashing: the length is all it may look at). */
    public static void checkPassword(char[] password) {
        if (password == null || password.length < MIN_PASSWORD || password.length > MAX_PASSWORD) {
            throw new InvalidAccountException("password", "must be " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters");
        }
    }

    @Override
    public String toString() {
        return "OnlineBankingRegistration[" + accountNumber + ", signer=" + signerCertificate.getSubjectX500Principal() + "]";
    }
}
