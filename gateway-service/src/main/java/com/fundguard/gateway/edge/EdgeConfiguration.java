package com.fundguard.gateway.edge;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/** What every request meets first: its id, and which browser origin may call at all. */
@Configuration(proxyBeanMethods = false)
class EdgeConfiguration {

    /** First of all filters, so that even a refusal carries the id. */
    @Bean
    FilterRegistrationBean<RequestIds> requestIds() {
        FilterRegistrationBean<RequestIds> registration = new FilterRegistrationBean<>(new RequestIds());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Only the portal's origin; everything else gets no CORS headers and the browser blocks it. */
    @Bean
    CorsConfigurationSource portalCors(EdgeProperties properties) {
        CorsConfiguration portal = new CorsConfiguration();
        portal.setAllowedOrigins(List.of(properties.portalOrigin()));
        portal.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
        portal.setAllowedHeaders(EdgeProperties.PORTAL_HEADERS);
        portal.setExposedHeaders(List.of("X-Request-Id", "Retry-After", "Location", "Content-Disposition"));
        portal.setAllowCredentials(false);
        portal.setMaxAge(Duration.ofMinutes(10));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", portal);
        return source;
    }
}
