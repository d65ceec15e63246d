package com.fundguard.gateway.access;

import static com.fundguard.gateway.access.AccessDecision.Outcome.AGENT_CERTIFICATE_AND_BOUND_TOKEN;
import static com.fundguard.gateway.access.AccessDecision.Outcome.CLIENT_CERTIFICATE_REQUIRED;
import static com.fundguard.gateway.access.AccessDecision.Outcome.CLIENT_SCOPE_ALLOWED;
import static com.fundguard.gateway.access.AccessDecision.Outcome.METHOD_NOT_ALLOWED;
import static com.fundguard.gateway.access.AccessDecision.Outcome.NOT_AUTHENTICATED;
import static com.fundguard.gateway.access.AccessDecision.Outcome.NO_ROUTE;
import static com.fundguard.gateway.access.AccessDecision.Outcome.OTHER_ENTERPRISE;
import static com.fundguard.gateway.access.AccessDecision.Outcome.OTHER_USER;
import static com.fundguard.gateway.access.AccessDecision.Outcome.OWNER_OF_PATH;
import static com.fundguard.gateway.access.AccessDecision.Outcome.PUBLIC_ROUTE;
import static com.fundguard.gateway.access.AccessDecision.Outcome.REVOCATION_STATUS_UNKNOWN;
import static com.fundguard.gateway.access.AccessDecision.Outcome.ROLE_ALLOWED;
import static com.fundguard.gateway.access.AccessDecision.Outcome.ROLE_NOT_ALLOWED;
import static com.fundguard.gateway.access.AccessDecision.Outcome.TOKEN_NOT_BOUND_TO_CERTIFICATE;

import com.fundguard.gateway.access.AccessDecision.Outcome;
import com.fundguard.gateway.agent.AgentCertificate;
import com.fundguard.gateway.agent.AgentCertificates;
import com.fundguard.gateway.agent.Thumbprints;
import com.fundguard.gateway.agent.Verification;
import jakarta.servlet.http.HttpServletRequest;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/**
 * Applies the {@link AccessTable} to a request whose token (if any) Spring Security has already validated: finds
 * the line, then checks role, tenant ({@code {enterpriseId}} against {@code enterprise_id}), owner
 * ({@code {userId}} against {@code sub}) or, on agent routes, the client certificate and the token bound to it.
 * The decision, with its reason, stays on the request for the problem response and the access log.
 */
@Component
class AccessPolicy implements AuthorizationManager<RequestAuthorizationContext> {

    static final String ALLOWED_METHODS = AccessPolicy.class.getName() + ".allowed";
    private static final String CERTIFICATES = "jakarta.servlet.request.X509Certificate";

    private final AgentCertificates agents;

    AccessPolicy(AgentCertificates agents) {
        this.agents = agents;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        HttpServletRequest request = context.getRequest();
        AccessDecision decision = decide(request, authentication.get());
        decision.keepOn(request);
        return new AuthorizationDecision(decision.allowed());
    }

    AccessDecision decide(HttpServletRequest request, Authentication authentication) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return switch (AccessTable.lookup(HttpMethod.valueOf(request.getMethod()), path)) {
            case AccessTable.Lookup.NoRoute ignored -> AccessDecision.of(NO_ROUTE, null);
            case AccessTable.Lookup.WrongMethod wrong -> {
                request.setAttribute(ALLOWED_METHODS, wrong.allowed());
                yield AccessDecision.of(METHOD_NOT_ALLOWED, null);
            }
            case AccessTable.Lookup.Found found -> decide(found.rule(), found.variables(), request,
                    authentication instanceof JwtAuthenticationToken token ? token.getToken() : null);
        };
    }

    private AccessDecision decide(AccessRule rule, Map<String, String> path, HttpServletRequest request, Jwt jwt) {
        String subject = jwt == null ? null : jwt.getSubject();
        String enterprise = jwt == null ? null : jwt.getClaimAsString("enterprise_id");
        X509Certificate certificate = clientCertificate(request);
        if (rule.audience() instanceof Audience.Agent) {
            return agentDecision(rule, certificate, jwt).by(subject, enterprise);
        }
        // RFC 8705: a certificate-bound token is good only together with its certificate, on every route.
        String boundTo = boundThumbprint(jwt);
        if (boundTo != null && (certificate == null || !boundTo.equals(Thumbprints.x5tS256(certificate)))) {
            return AccessDecision.of(TOKEN_NOT_BOUND_TO_CERTIFICATE, rule).by(subject, enterprise);
        }
        return AccessDecision.of(outcomeFor(rule.audience(), path, jwt, subject, enterprise), rule).by(subject, enterprise);
    }

    private static Outcome outcomeFor(Audience audience, Map<String, String> path, Jwt jwt, String subject, String enterprise) {
        return switch (audience) {
            case Audience.Anyone ignored -> PUBLIC_ROUTE;
            case Audience.People people -> jwt == null ? NOT_AUTHENTICATED
                    : !ownEnterprise(path, enterprise) ? OTHER_ENTERPRISE
                    : !holdsAny(jwt, people.roles()) ? ROLE_NOT_ALLOWED
                    : ROLE_ALLOWED;
            case Audience.AnyEnterprise operators -> jwt == null ? NOT_AUTHENTICATED
                    : !holdsAny(jwt, operators.roles()) ? ROLE_NOT_ALLOWED
                    : ROLE_ALLOWED;
            case Audience.OwnerOfPath ignored -> jwt == null ? NOT_AUTHENTICATED
                    : !ownEnterprise(path, enterprise) ? OTHER_ENTERPRISE
                    : !Objects.equals(path.get("userId"), subject) ? OTHER_USER
                    : OWNER_OF_PATH;
            case Audience.ClientScope client -> jwt == null ? NOT_AUTHENTICATED
                    : scopesOf(jwt).contains(client.scope()) ? CLIENT_SCOPE_ALLOWED : ROLE_NOT_ALLOWED;
            case Audience.Either either -> either.alternatives().stream()
                    .map(alternative -> outcomeFor(alternative, path, jwt, subject, enterprise))
                    .filter(Outcome::allowed)
                    .findFirst()
                    .orElseGet(() -> outcomeFor(either.alternatives().getFirst(), path, jwt, subject, enterprise));
            case Audience.Agent ignored -> throw new IllegalStateException("agent routes are decided on their own");
        };
    }

    /** Spring Authorization Server writes {@code scope} as a JSON array; other issuers as one space-separated string. */
    private static List<String> scopesOf(Jwt jwt) {
        Object scope = jwt.getClaims().get("scope");
        if (scope instanceof String text) {
            return List.of(text.split(" "));
        }
        return jwt.hasClaim("scope") ? jwt.getClaimAsStringList("scope") : List.of();
    }

    /** Transport first (who is on the other end of the TLS connection), then the token it presents. */
    private AccessDecision agentDecision(AccessRule rule, X509Certificate certificate, Jwt jwt) {
        if (certificate == null) {
            return AccessDecision.of(CLIENT_CERTIFICATE_REQUIRED, rule);
        }
        return switch (agents.verify(certificate)) {
            case Verification.RevocationStatusUnknown ignored -> AccessDecision.of(REVOCATION_STATUS_UNKNOWN, rule);
            case Verification.Rejected rejected -> AccessDecision.of(switch (rejected.reason()) {
                case UNTRUSTED -> Outcome.CLIENT_CERTIFICATE_UNTRUSTED;
                case EXPIRED -> Outcome.CLIENT_CERTIFICATE_EXPIRED;
                case REVOKED -> Outcome.CLIENT_CERTIFICATE_REVOKED;
                case NOT_AN_AGENT_CERTIFICATE -> Outcome.NOT_AN_AGENT_CERTIFICATE;
            }, rule);
            case Verification.Verified verified -> AccessDecision.of(tokenOf(verified.agent(), jwt), rule)
                    .agent(verified.agent().agentId());
        };
    }

    private static Outcome tokenOf(AgentCertificate agent, Jwt jwt) {
        if (jwt == null) {
            return NOT_AUTHENTICATED;
        }
        if (!holdsAny(jwt, Set.of(Role.OPERATOR))) {
            return ROLE_NOT_ALLOWED;
        }
        boolean bound = ("agent:" + agent.agentId()).equals(jwt.getSubject())
                && agent.enterpriseId().toString().equalsIgnoreCase(Objects.toString(jwt.getClaimAsString("enterprise_id"), ""))
                && agent.thumbprint().equals(boundThumbprint(jwt));
        return bound ? AGENT_CERTIFICATE_AND_BOUND_TOKEN : TOKEN_NOT_BOUND_TO_CERTIFICATE;
    }

    private static boolean ownEnterprise(Map<String, String> path, String enterprise) {
        String named = path.get("enterpriseId");
        return named == null || (enterprise != null && named.equalsIgnoreCase(enterprise));
    }

    private static boolean holdsAny(Jwt jwt, Set<Role> roles) {
        List<String> held = jwt.hasClaim("roles") ? jwt.getClaimAsStringList("roles") : List.of();
        return held != null && roles.stream().anyMatch(role -> held.contains(role.name()));
    }

    private static String boundThumbprint(Jwt jwt) {
        if (jwt == null || !(jwt.getClaims().get("cnf") instanceof Map<?, ?> confirmation)) {
            return null;
        }
        return confirmation.get("x5t#S256") instanceof String thumbprint ? thumbprint : null;
    }

    private static X509Certificate clientCertificate(HttpServletRequest request) {
        return request.getAttribute(CERTIFICATES) instanceof X509Certificate[] chain && chain.length > 0 ? chain[0] : null;
    }
}
