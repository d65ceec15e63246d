package com.fundguard.bank.channel;

import java.util.Arrays;
import java.util.Objects;

/**
 * The online-banking password of a debtor account, for one submission. {@link #wipe()} after use: the array is the
 * only copy this program keeps (the HTTP header the channel builds from it is a String the JVM may keep until it
 * is collected; nothing else holds it).
 */
public final class OnlineBankingLogin {

    private final String account;
    private final char[] password;

    public OnlineBankingLogin(String account, char[] password) {
        this.account = Objects.requireNonNull(account);
        this.password = Objects.requireNonNull(password);
    }

    public String account() {
        return account;
    }

    /** The password itself, not a copy: read it, do not keep it. */
    public char[] password() {
        return password;
    }

    public void wipe() {
        Arrays.fill(password, '\0');
    }

    @Override
    public String toString() {
        return "OnlineBankingLogin[account=" + account + ", password=(hidden)]";
    }
}
