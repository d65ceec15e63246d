package com.fundguard.identity.signin.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.fundguard.identity.directory.application.PasswordHasher;
import com.fundguard.identity.signin.domain.SignInThrottle;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * No enumeration: every refusal does the same work (exactly one password verification) and gives the same empty
 * answer. Timing equality is shown structurally here; a stopwatch in a unit test would prove nothing on a shared CI box.
 */
class SignInTest {

    static final UUID ENTERPRISE = UUID.randomUUID();
    static final UUID USER = UUID.randomUUID();
    final Instant now = Instant.parse("2026-11-23T09:00:00Z");

    /** Counts verifications; "hash:x" matches password x. */
    static class CountingHasher implements PasswordHasher {
        int verifications;

        @Override
        public String hash(char[] password) {
            return "hash:" + new String(password);
        }

        @Override
        public boolean matches(char[] password, String hash) {
            verifications++;
            return hash.equals("hash:" + new String(password));
        }
    }

    static class InMemoryAccounts implements SignInAccounts {
        final Map<UUID, SignInAccount> byId = new HashMap<>();

        @Override
        public Optional<SignInAccount> find(UUID enterpriseId, String username) {
            return "chen.jing".equals(username) && ENTERPRISE.equals(enterpriseId) ? Optional.ofNullable(byId.get(USER)) : Optional.empty();
        }

        @Override
        public void record(UUID userId, SignInThrottle throttle) {
            SignInAccount a = byId.get(userId);
            byId.put(userId, new SignInAccount(a.userId(), a.enterpriseId(), a.passwordHash(), throttle));
        }
    }

    final CountingHasher hasher = new CountingHasher();
    final InMemoryAccounts accounts = new InMemoryAccounts();
    SignIn signIn;

    @BeforeEach
    void aPerson() {
        accounts.byId.put(USER, new SignInAccount(USER, ENTERPRISE, "hash:right-password", SignInThrottle.fresh()));
        signIn = new SignIn(accounts, hasher, Clock.fixed(now, ZoneOffset.UTC));
        hasher.verifications = 0;
    }

    int verificationsFor(String name, String password) {
        int before = hasher.verifications;
        assertThat(signIn.check(name, password.toCharArray())).isEmpty();
        return hasher.verifications - before;
    }

    @Test
    void theRightPasswordOpensTheAccount() {
        assertThat(signIn.check("chen.jing@" + ENTERPRISE, "right-password".toCharArray())).map(SignInAccount::userId).contains(USER);
    }

    @Test
    void anUnknownPersonAMalformedNameAWrongPasswordAndALockedAccountAllCostOneVerificationAndSayNothing() {
        assertThat(verificationsFor("nobody@" + ENTERPRISE, "right-password")).isEqualTo(1);
        assertThat(verificationsFor("chen.jing@" + UUID.randomUUID(), "right-password")).isEqualTo(1);
        assertThat(verificationsFor("not-a-sign-in-name", "right-password")).isEqualTo(1);
        assertThat(verificationsFor("chen.jing@" + ENTERPRISE, "wrong-password")).isEqualTo(1);
        accounts.record(USER, new SignInThrottle(0, now.plusSeconds(600)));
        assertThat(verificationsFor("chen.jing@" + ENTERPRISE, "right-password")).isEqualTo(1);
    }

    @Test
    void tenWrongPasswordsLockTheAccountAgainstTheRightOne() {
        for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
            signIn.check("chen.jing@" + ENTERPRISE, "wrong".toCharArray());
        }

        assertThat(signIn.check("chen.jing@" + ENTERPRISE, "right-password".toCharArray())).isEmpty();
        assertThat(accounts.byId.get(USER).throttle().lockedUntil()).isEqualTo(now.plus(SignInThrottle.LOCK));
    }
}
