package com.fundguard.gateway.access;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class AccessLogConfiguration {

    /**
     * Right inside the request id and the trace (so the line carries both) and outside everything that can refuse
     * a request, so that every refusal is logged too.
     */
    @Bean
    FilterRegistrationBean<AccessLog> accessLog() {
        FilterRegistrationBean<AccessLog> registration = new FilterRegistrationBean<>(new AccessLog());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
