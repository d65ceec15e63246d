package com.fundguard.gateway.limits;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LimitsConfiguration {

    /** Before Spring Security: a body too large is refused before anything else is spent on it. */
    @Bean
    FilterRegistrationBean<BodySizeFilter> bodySize(LimitProperties properties) {
        FilterRegistrationBean<BodySizeFilter> registration = new FilterRegistrationBean<>(new BodySizeFilter(properties));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }

    /** After Spring Security: the subject it verified is what per-user buckets count. */
    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimits(LimitProperties properties) {
        FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(new RateLimitFilter(properties));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10);
        return registration;
    }
}
