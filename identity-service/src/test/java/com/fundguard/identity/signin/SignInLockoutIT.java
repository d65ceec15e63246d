package com.fundguard.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fundguard.identity.oidc.PlatformOnboarding;
import com.fundguard.test.infrastructure.WithRealInfrastructure;
import com.fundguard.test.oidc.OidcBrowserSignIn;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Lockout and no enumeration through the real login form. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
class SignInLockoutIT {

    static final URI CALLBACK = URI.create("http://127.0.0.1/portal/callback");
    static final String PASSWORD = "correct-horse-battery-staple-7";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    URI issuer;
    final UUID enterprise = UUID.randomUUID();

    @BeforeEach
    void anEnterpriseWithACashier() {
        issuer = URI.create("http://localhost:" + port);
        var onboarding = new PlatformOnboarding(issuer);
        onboarding.registerEnterprise(enterprise, "Hangzhou Tea Trading Co.");
        onboarding.registerUser(enterprise, "chen.jing", List.of("APPLICANT"), PASSWORD);
    }

    OidcBrowserSignIn.Outcome signIn(String name, String password) {
        return new OidcBrowserSignIn(issuer).signIn("fundguard-portal", CALLBACK, name, password);
    }

    @Test
    void afterTenWrongPasswordsEvenTheRightOneIsRefusedForThirtyMinutes() {
        for (int i = 0; i < 10; i++) {
            assertThat(signIn("chen.jing@" + enterprise, "wrong-password-" + i).code()).isEmpty();
        }

        assertThat(signIn("chen.jing@" + enterprise, PASSWORD).code()).isEmpty();
        assertThat(jdbc.sql("SELECT locked_until - now() > interval '29 minutes' FROM app_user WHERE username = 'chen.jing' AND enterprise_id = ?")
                .param(enterprise).query(Boolean.class).single()).isTrue();

        jdbc.sql("UPDATE app_user SET locked_until = now() - interval '1 second' WHERE enterprise_id = ?").param(enterprise).update();
        assertThat(signIn("chen.jing@" + enterprise, PASSWORD).code()).isPresent();
    }

    @Test
    void anUnknownPersonALockedOneAndAWrongPasswordLandOnTheSamePage() {
        var unknown = signIn("nobody@" + enterprise, PASSWORD);
        var wrong = signIn("chen.jing@" + enterprise, "wrong-password");
        jdbc.sql("UPDATE app_user SET locked_until = now() + interval '30 minutes' WHERE enterprise_id = ?").param(enterprise).update();
        var locked = signIn("chen.jing@" + enterprise, PASSWORD);

        assertThat(unknown.code()).isEmpty();
        assertThat(unknown.landedOn()).isEqualTo(wrong.landedOn()).isEqualTo(locked.landedOn());
        assertThat(unknown.landedOn().toString()).endsWith("/login?error");
    }
}
