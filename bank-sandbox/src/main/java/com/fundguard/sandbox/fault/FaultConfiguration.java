package com.fundguard.sandbox.fault;

import com.fundguard.sandbox.fault.domain.FaultRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FaultConfiguration {

    /** In memory: faults are a test's set-up, gone with the process. */
    @Bean
    FaultRules faultRules() {
        return new FaultRules();
    }
}
