package com.fundguard.gateway.limits;

import com.fundguard.gateway.access.AccessDecision;
import com.fundguard.gateway.access.AccessDecision.Outcome;
import com.fundguard.gateway.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Runs after authorization (it needs the verified subject, not one a client claims): 429 problem details with
 * {@code Retry-After} when the address or the subject has used up its minute. Sign-in, second-factor and
 * confirmation paths have their own, much smaller buckets.
 */
final class RateLimitFilter extends OncePerRequestFilter {

    private final RateLimits limits;
    private final List<PathPattern> strictPaths;

    RateLimitFilter(LimitProperties properties) {
        this.limits = new RateLimits(properties);
        this.strictPaths = properties.strictPaths().stream().map(PathPatternParser.defaultInstance::parse).toList();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<AccessDecision> decision = AccessDecision.of(request);
        String subject = decision.map(AccessDecision::subject).orElse(null);
        Optional<Duration> wait = limits.take(tierOf(request), request.getRemoteAddr(), subject);
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        decision.orElse(AccessDecision.of(Outcome.RATE_LIMITED, null)).refused(Outcome.RATE_LIMITED).keepOn(request);
        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        Outcome outcome = Outcome.RATE_LIMITED;
        var problem = Problems.of(outcome.status(), outcome.kind(), outcome.title(), outcome.detail());
        problem.setProperty("retryAfterSeconds", seconds);
        Problems.write(response, problem);
    }

    private RateLimits.Tier tierOf(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
        return strictPaths.stream().anyMatch(p -> p.matches(path)) ? RateLimits.Tier.STRICT : RateLimits.Tier.STANDARD;
    }
}
