package com.fundguard.bankconnector.payeraccount;

import com.fundguard.bankconnector.payeraccount.adapter.out.persistence.JdbcPayerAccounts;
import com.fundguard.bankconnector.payeraccount.application.PayerAccountRegistration;
import com.fundguard.bankconnector.payeraccount.application.PayerAccounts;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
class PayerAccountConfiguration {

    @Bean
    PayerAccounts payerAccounts(JdbcClient jdbc) {
        return new JdbcPayerAccounts(jdbc);
    }

    @Bean
    PayerAccountRegistration payerAccountRegistration(PayerAccounts payerAccounts, Clock clock) {
        return new PayerAccountRegistration(payerAccounts, clock);
    }
}
