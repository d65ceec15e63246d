package com.fundguard.gateway.access;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.http.HttpStatus;

/**
 * What the gateway decided about one request and why: kept on the request so that the problem response, the
 * forwarded identity headers and the access log all tell the same story.
 *
 * @param rule       the table line that decided, or null when none did (unknown path, limits)
 * @param subject    the user id or {@code agent:<id>}, or null when nobody signed in
 * @param enterprise the enterprise of the token (or of the agent's certificate), or null
 * @param agentId    the agent the client certificate names, on agent routes only
 */
public record AccessDecision(Outcome outcome, AccessRule rule, String subject, String enterprise, String agentId) {

    public static final String ATTRIBUTE = AccessDecision.class.getName();

    /** Every reason to let a request through or refuse it, with the status a refusal answers. */
    public enum Outcome {
        PUBLIC_ROUTE(HttpStatus.OK, "Public route", ""),
        ROLE_ALLOWED(HttpStatus.OK, "Role allowed", ""),
        OWNER_OF_PATH(HttpStatus.OK, "Owner of the path", ""),
        CLIENT_SCOPE_ALLOWED(HttpStatus.OK, "Client scope allowed", ""),
        AGENT_CERTIFICATE_AND_BOUND_TOKEN(HttpStatus.OK, "Enrolled agent", ""),
        NO_ROUTE(HttpStatus.NOT_FOUND, "Not found", "No API answers this path."),
        METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed", "This path does not accept this method."),
        NOT_AUTHENTICATED(HttpStatus.UNAUTHORIZED, "Authentication required",
                "Sign in and send the access token as a Bearer token."),
        INVALID_TOKEN(HttpStatus.UNAUTHORIZED, "Invalid access token",
                "The access token is not valid (signature, issuer or expiry); sign in again."),
        ROLE_NOT_ALLOWED(HttpStatus.FORBIDDEN, "Role not allowed", "Your roles do not allow this operation."),
        OTHER_ENTERPRISE(HttpStatus.FORBIDDEN, "Another enterprise", "This path belongs to another enterprise."),
        OTHER_USER(HttpStatus.FORBIDDEN, "Another user", "This path belongs to another user."),
        CLIENT_CERTIFICATE_REQUIRED(HttpStatus.UNAUTHORIZED, "Client certificate required",
                "Agent routes need the agent's client certificate from the platform CA (mutual TLS)."),
        CLIENT_CERTIFICATE_UNTRUSTED(HttpStatus.UNAUTHORIZED, "Client certificate rejected",
                "The client certificate was not issued by the platform CA."),
        CLIENT_CERTIFICATE_EXPIRED(HttpStatus.UNAUTHORIZED, "Client certificate rejected",
                "The client certificate is expired or not yet valid; renew it."),
        CLIENT_CERTIFICATE_REVOKED(HttpStatus.UNAUTHORIZED, "Client certificate rejected",
                "The client certificate has been revoked."),
        NOT_AN_AGENT_CERTIFICATE(HttpStatus.UNAUTHORIZED, "Client certificate rejected",
                "The client certificate is not an operator agent's certificate."),
        TOKEN_NOT_BOUND_TO_CERTIFICATE(HttpStatus.UNAUTHORIZED, "Token not bound to the certificate",
                "The access token is bound to another certificate, agent or enterprise (RFC 8705)."),
        TOKEN_KEYS_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "Sign-in service unavailable",
                "The access token cannot be checked just now (identity-service's keys cannot be had); try again later."),
        REVOCATION_STATUS_UNKNOWN(HttpStatus.SERVICE_UNAVAILABLE, "Certificate status unknown",
                "The platform CA's revocation list cannot be had just now; agent requests are refused until it can."),
        RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", "Slow down and retry after the time given."),
        BODY_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "Request body too large",
                "The request body is larger than this path accepts.");

        private final HttpStatus status;
        private final String title;
        private final String detail;

        Outcome(HttpStatus status, String title, String detail) {
            this.status = status;
            this.title = title;
            this.detail = detail;
        }

        public boolean allowed() {
            return status.is2xxSuccessful();
        }

        public HttpStatus status() {
            return status;
        }

        public String title() {
            return title;
        }

        public String detail() {
            return detail;
        }

        /** The problem type's last segment and the access log's reason: {@code other-enterprise}. */
        public String kind() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public static AccessDecision of(Outcome outcome, AccessRule rule) {
        return new AccessDecision(outcome, rule, null, null, null);
    }

    public AccessDecision by(String subject, String enterprise) {
        return new AccessDecision(outcome, rule, subject, enterprise, agentId);
    }

    public AccessDecision agent(String agent) {
        return new AccessDecision(outcome, rule, subject, enterprise, agent);
    }

    /** The same request, refused later for another reason (a limit): who and which route stay known. */
    public AccessDecision refused(Outcome refusal) {
        return new AccessDecision(refusal, rule, subject, enterprise, agentId);
    }

    public boolean allowed() {
        return outcome.allowed();
    }

    public void keepOn(HttpServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
    }

    public static Optional<AccessDecision> of(HttpServletRequest request) {
        return Optional.ofNullable((AccessDecision) request.getAttribute(ATTRIBUTE));
    }
}
