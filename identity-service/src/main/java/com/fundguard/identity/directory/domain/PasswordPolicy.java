package com.fundguard.identity.directory.domain;

/**
 * The minimum for a password that guards access to payments (NIST SP 800-63B: length over composition rules).
 * The password itself never appears in the exception.
 */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;
    public static final int MAXIMUM_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static void check(char[] password, String username) {
        if (password == null || password.length < MINIMUM_LENGTH || password.length > MAXIMUM_LENGTH) {
            throw new InvalidDirectoryEntryException("password", "must be " + MINIMUM_LENGTH + " to " + MAXIMUM_LENGTH + " characters");
        }
        if (String.valueOf(password).toLowerCase(java.util.Locale.ROOT).contains(username)) {
            throw new InvalidDirectoryEntryException("password", "must not contain the username");
        }
    }
}
