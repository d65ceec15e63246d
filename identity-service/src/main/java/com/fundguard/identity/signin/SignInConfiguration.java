package com.fundguard.identity.signin;

import com.fundguard.identity.directory.adapter.out.persistence.Argon2PasswordHasher;
import com.fundguard.identity.signin.adapter.in.web.PasswordSignInProvider;
import com.fundguard.identity.signin.adapter.out.persistence.JdbcSignInAccounts;
import com.fundguard.identity.signin.application.SignIn;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
class SignInConfiguration {

    @Bean
    SignIn signIn(JdbcClient jdbc, Clock clock) {
        return new SignIn(new JdbcSignInAccounts(jdbc), new Argon2PasswordHasher(), clock);
    }

    /** The only authentication provider: the form login's password check (Spring Boot then defines no default user). */
    @Bean
    PasswordSignInProvider passwordSignInProvider(SignIn signIn, Clock clock) {
        return new PasswordSignInProvider(signIn, clock);
    }
}
