package com.fundguard.sandbox.account;

import com.fundguard.sandbox.account.adapter.out.persistence.JdbcBankAccounts;
import com.fundguard.sandbox.account.adapter.out.persistence.JdbcOnlineBankingRegistrations;
import com.fundguard.sandbox.account.application.AccountFreezing;
import com.fundguard.sandbox.account.application.AccountOpening;
import com.fundguard.sandbox.account.application.BankAccounts;
import com.fundguard.sandbox.account.application.OnlineBanking;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

    @Bean
    BankAccounts bankAccounts(JdbcClient jdbc) {
        return new JdbcBankAccounts(jdbc);
    }

    @Bean
    AccountOpening accountOpening(BankAccounts accounts, Clock clock) {
        return new AccountOpening(accounts, clock);
    }

    @Bean
    AccountFreezing accountFreezing(BankAccounts accounts) {
        return new AccountFreezing(accounts);
    }

    @Bean
    OnlineBanking onlineBanking(JdbcClient jdbc, BankAccounts accounts, Clock clock) {
        // Argon2id, 16 MiB, 2 passes: Spring Security's current defaults.
        return new OnlineBanking(new JdbcOnlineBankingRegistrations(jdbc), accounts, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), clock);
    }
}
