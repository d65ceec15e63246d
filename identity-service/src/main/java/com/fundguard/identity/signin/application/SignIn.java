package com.fundguard.identity.signin.application;

import com.fundguard.identity.directory.application.PasswordHasher;
import com.fundguard.identity.signin.domain.SignInThrottle;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Checks a sign-in name and password. The sign-in name is {@code <username>@<enterprise id>} because usernames are
 * unique only within an enterprise. Every way of failing (malformed name, no such person, locked, wrong password)
 * gives the same empty answer after the same work: one Argon2id verification, against a throwaway hash when there is
 * no account, so neither the answer nor its timing tells whether a person exists or is locked.
 */
public class SignIn {

    private static final Pattern SIGN_IN_NAME = Pattern.compile("([^@]{1,64})@([0-9a-fA-F-]{36})");

    private final SignInAccounts accounts;
    private final PasswordHasher passwords;
    private final Clock clock;
    private final String throwawayHash;

    public SignIn(SignInAccounts accounts, PasswordHasher passwords, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
        this.throwawayHash = passwords.hash("a-password-nobody-has-0000".toCharArray());
    }

    /** The account the password opens, or empty for every kind of refusal. */
    public Optional<SignInAccount> check(String signInName, char[] password) {
        Optional<SignInAccount> account = parse(signInName).flatMap(name -> accounts.find(name.enterpriseId(), name.username()));
        if (account.isEmpty()) {
            passwords.matches(password, throwawayHash);
            return Optional.empty();
        }
        SignInAccount found = account.get();
        Instant now = clock.instant();
        boolean passwordMatches = passwords.matches(password, found.passwordHash());
        if (found.throttle().lockedAt(now)) {
            return Optional.empty();
        }
        if (!passwordMatches) {
            accounts.record(found.userId(), found.throttle().afterFailure(now));
            return Optional.empty();
        }
        if (found.throttle().failures() > 0 || found.throttle().lockedUntil() != null) {
            accounts.record(found.userId(), found.throttle().afterSuccess());
        }
        return Optional.of(new SignInAccount(found.userId(), found.enterpriseId(), found.passwordHash(), SignInThrottle.fresh()));
    }

    private static Optional<SignInName> parse(String signInName) {
        if (signInName == null) {
            return Optional.empty();
        }
        var matcher = SIGN_IN_NAME.matcher(signInName.trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SignInName(matcher.group(1), UUID.fromString(matcher.group(2))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private record SignInName(String username, UUID enterpriseId) {
    }
}
