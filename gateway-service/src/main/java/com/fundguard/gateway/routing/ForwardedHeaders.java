package com.fundguard.gateway.routing;

import com.fundguard.gateway.access.AccessDecision;
import com.fundguard.gateway.edge.RequestIds;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.servlet.function.ServerRequest;

/**
 * The headers a service may believe because the gateway set them. Whatever a client sent under
 * {@code X-FundGuard-*} is dropped first, so no client can claim an agent identity; the Authorization header stays
 * (services validate the token themselves too).
 */
final class ForwardedHeaders {

    static final String PREFIX = "X-FundGuard-";
    static final String AGENT_ID = "X-FundGuard-Agent-Id";
    static final String ENTERPRISE_ID = "X-FundGuard-Enterprise-Id";

    private ForwardedHeaders() {
    }

    static ServerRequest set(ServerRequest request) {
        HttpServletRequest servlet = request.servletRequest();
        return ServerRequest.from(request).headers(headers -> {
            List<String> claimed = headers.headerNames().stream()
                    .filter(name -> name.regionMatches(true, 0, PREFIX, 0, PREFIX.length()))
                    .toList();
            claimed.forEach(headers::remove);
            AccessDecision.of(servlet).filter(decision -> decision.agentId() != null).ifPresent(decision -> {
                headers.set(AGENT_ID, decision.agentId());
                headers.set(ENTERPRISE_ID, decision.enterprise());
            });
            RequestIds.of(servlet).ifPresent(id -> headers.set(RequestIds.HEADER, id));
        }).build();
    }
}
