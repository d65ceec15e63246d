package com.fundguard.bankconnector.audit;

import com.fundguard.bankconnector.audit.adapter.out.persistence.JdbcAuditTrail;
import com.fundguard.bankconnector.audit.application.AuditTrail;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    AuditTrail auditTrail(JdbcClient jdbc) {
        return new JdbcAuditTrail(jdbc);
    }
}
