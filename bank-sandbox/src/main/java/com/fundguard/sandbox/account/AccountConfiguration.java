package com.fundguard.sandbox.account;

import com.fundguard.sandbox.account.adapter.out.persistence.JdbcBankAccounts;
import com.fundguard.sandbox.account.application.AccountOpening;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

    @Bean
    AccountOpening accountOpening(JdbcClient jdbc, Clock clock) {
        return new AccountOpening(new JdbcBankAccounts(jdbc), clock);
    }
}
