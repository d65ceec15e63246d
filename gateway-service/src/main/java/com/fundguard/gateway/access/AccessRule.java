package com.fundguard.gateway.access;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * One line of the {@link AccessTable}: these methods on this path template go to this service, for this audience.
 *
 * @param pattern a Spring path pattern; {@code {enterpriseId}} and {@code {userId}} have the meaning the tenant
 *                and owner rules give them
 */
public record AccessRule(Set<HttpMethod> methods, PathPattern pattern, Service service, Audience audience) {

    public AccessRule {
        methods = Set.copyOf(methods);
    }

    static AccessRule of(Set<HttpMethod> methods, String template, Service service, Audience audience) {
        return new AccessRule(methods, PathPatternParser.defaultInstance.parse(template), service, audience);
    }

    /** The same line, also open to clients whose token carries {@code scope} (onboarding, directory reads). */
    AccessRule orClientScope(String scope) {
        return new AccessRule(methods, pattern, service, new Audience.Either(List.of(audience, new Audience.ClientScope(scope))));
    }

    public String template() {
        return pattern.getPatternString();
    }

    /** The path's variables when the path fits this template. */
    public Optional<Map<String, String>> match(PathContainer path) {
        PathPattern.PathMatchInfo info = pattern.matchAndExtract(path);
        return info == null ? Optional.empty() : Optional.of(info.getUriVariables());
    }

    public boolean allows(HttpMethod method) {
        return methods.contains(method);
    }

    /** A stable name for logs and tests: {@code approval GET /api/enterprises/{enterpriseId}/transfers}. */
    public String id() {
        return service.id() + " " + methods.stream().map(HttpMethod::name).sorted().collect(Collectors.joining(","))
                + " " + template();
    }
}
