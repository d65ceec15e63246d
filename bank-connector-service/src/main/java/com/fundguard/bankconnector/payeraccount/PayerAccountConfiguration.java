package com.fundguard.bankconnector.payeraccount;

import com.fundguard.bankconnector.payeraccount.adapter.out.persistence.JdbcPayerAccounts;
import com.fundguard.bankconnector.payeraccount.application.PayerAccountRegistration;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
class PayerAccountConfiguration {

    @Bean
    PayerAccountRegistration payerAccountRegistration(JdbcClient jdbc, Clock clock) {
        return new PayerAccountRegistration(new JdbcPayerAccounts(jdbc), clock);
    }
}
