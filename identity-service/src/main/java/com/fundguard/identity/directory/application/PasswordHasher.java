package com.fundguard.identity.directory.application;

/** One-way password hashing; the hash is all that is kept. */
public interface PasswordHasher {

    String hash(char[] password);

    boolean matches(char[] password, String hash);
}
