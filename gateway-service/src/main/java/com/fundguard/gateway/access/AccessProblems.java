package com.fundguard.gateway.access;

import com.fundguard.gateway.access.AccessDecision.Outcome;
import com.fundguard.gateway.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Every refusal as RFC 9457 problem details whose type names the reason. Spring Security calls this for a
 * missing or invalid token (entry point) and for a refused authenticated request (access denied); the status
 * comes from the {@link AccessDecision} the policy made, so 404, 405, 401, 403 and 503 all come out of one place.
 */
@Component
class AccessProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        AccessDecision decision = failure instanceof OAuth2AuthenticationException
                ? AccessDecision.of(Outcome.INVALID_TOKEN, null)
                : AccessDecision.of(request).orElse(AccessDecision.of(Outcome.NOT_AUTHENTICATED, null));
        respond(request, response, decision);
    }

    /**
     * A token that cannot be checked because identity-service's keys cannot be fetched is neither valid nor
     * invalid: 503, so that clients retry instead of signing in again (Spring Security would rethrow it as a 500).
     */
    AuthenticationFailureHandler bearerTokenFailures() {
        return (request, response, failure) -> {
            if (failure instanceof AuthenticationServiceException) {
                respond(request, response, AccessDecision.of(Outcome.TOKEN_KEYS_UNAVAILABLE, null));
            } else {
                commence(request, response, failure);
            }
        };
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        respond(request, response, AccessDecision.of(request).orElse(AccessDecision.of(Outcome.ROLE_NOT_ALLOWED, null)));
    }

    static void respond(HttpServletRequest request, HttpServletResponse response, AccessDecision decision) throws IOException {
        decision.keepOn(request);
        Outcome outcome = decision.outcome();
        if (outcome.status() == HttpStatus.UNAUTHORIZED) {
            // RFC 6750: say which scheme, and whether the token itself was the problem.
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, outcome == Outcome.INVALID_TOKEN
                    || outcome == Outcome.TOKEN_NOT_BOUND_TO_CERTIFICATE ? "Bearer error=\"invalid_token\"" : "Bearer");
        }
        if (outcome == Outcome.METHOD_NOT_ALLOWED && request.getAttribute(AccessPolicy.ALLOWED_METHODS) instanceof Set<?> allowed) {
            response.setHeader(HttpHeaders.ALLOW, allowed.stream().map(m -> ((HttpMethod) m).name()).collect(Collectors.joining(", ")));
        }
        Problems.write(response, Problems.of(outcome.status(), outcome.kind(), outcome.title(), outcome.detail()));
    }
}
