package com.fundguard.gateway.edge;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param portalOrigin the web portal's origin, the only one browsers may call the APIs from (CORS)
 */
@ConfigurationProperties("fundguard.gateway")
public record EdgeProperties(@DefaultValue("http://localhost:3000") String portalOrigin) {

    static final List<String> PORTAL_HEADERS = List.of("Authorization", "Content-Type", "Idempotency-Key", "X-Request-Id",
            "traceparent", "tracestate");
}
