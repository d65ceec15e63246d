package com.fundguard.gateway.access;

import com.fundguard.gateway.edge.RequestIds;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One structured line per request: allowed or denied and why, who (user or agent id), which enterprise, method,
 * route and path template, status and duration. Deliberately never the path itself, the query, headers, cookies,
 * certificates or bodies: the template says what was asked, and none of them can leak a token into the log.
 */
public final class AccessLog extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AccessLog.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            write(request, response.getStatus(), (System.nanoTime() - started) / 1_000_000.0);
        }
    }

    private static void write(HttpServletRequest request, int status, double millis) {
        Optional<AccessDecision> decided = AccessDecision.of(request);
        String decision = decided.map(d -> d.allowed() ? "allowed" : "denied").orElse(preflight(request) ? "allowed" : "denied");
        String reason = decided.map(d -> d.outcome().kind()).orElse(preflight(request) ? "cors-preflight" : "refused-before-decision");
        AccessRule rule = decided.map(AccessDecision::rule).orElse(null);
        String template = rule == null ? null : rule.template();
        log.atInfo()
                .addKeyValue("decision", decision)
                .addKeyValue("reason", reason)
                .addKeyValue("subject", decided.map(AccessDecision::subject).orElse(null))
                .addKeyValue("agent", decided.map(AccessDecision::agentId).orElse(null))
                .addKeyValue("enterprise", decided.map(AccessDecision::enterprise).orElse(null))
                .addKeyValue("method", request.getMethod())
                .addKeyValue("route", rule == null ? null : rule.service().id())
                .addKeyValue("template", template)
                .addKeyValue("status", status)
                .addKeyValue("durationMs", Math.round(millis * 10) / 10.0)
                .addKeyValue("client", request.getRemoteAddr())
                .addKeyValue("requestId", RequestIds.of(request).orElse(null))
                // The message repeats the fields for plain-text consoles (tests, a developer's terminal).
                .log("{} {} {} {} -> {} subject={} agent={} enterprise={} route={} {}ms", decision, reason, request.getMethod(),
                        template == null ? "(no route)" : template, status,
                        decided.map(AccessDecision::subject).orElse("-"), decided.map(AccessDecision::agentId).orElse("-"),
                        decided.map(AccessDecision::enterprise).orElse("-"), rule == null ? "-" : rule.service().id(),
                        Math.round(millis * 10) / 10.0);
    }

    private static boolean preflight(HttpServletRequest request) {
        return "OPTIONS".equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null;
    }
}
