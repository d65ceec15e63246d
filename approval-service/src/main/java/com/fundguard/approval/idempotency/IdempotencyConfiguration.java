package com.fundguard.approval.idempotency;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration {

    @Bean
    IdempotentRequests idempotentRequests(JdbcClient jdbc, JsonMapper json, Clock clock) {
        return new IdempotentRequests(jdbc, json, clock);
    }
}
