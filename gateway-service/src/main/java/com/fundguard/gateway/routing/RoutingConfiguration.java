package com.fundguard.gateway.routing;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.filter.CircuitBreakerFilterFunctions.circuitBreaker;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.cloud.gateway.server.mvc.predicate.GatewayRequestPredicates.path;

import com.fundguard.gateway.access.AccessRule;
import com.fundguard.gateway.access.AccessTable;
import com.fundguard.gateway.access.Service;
import com.fundguard.gateway.agent.AgentCertificates;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * One route per service, built from the {@link AccessTable}: a path reaches a service only if a line of the table
 * names it, so routing and authorization cannot drift apart. Each route has its own circuit breaker and timeout
 * and answers problem details when its service is down or slow. The gateway forwards requests unchanged except
 * for the identity headers it sets itself, and never retries them: a retried POST could move money twice
 * (idempotency keys are checked by the services).
 */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

    @Bean
    RouterFunction<ServerResponse> serviceRoutes(ServiceLocations services, AgentCertificates agents) {
        ForwardedHeaders forwarded = new ForwardedHeaders(agents);
        Map<Service, Set<String>> templates = new LinkedHashMap<>();
        for (AccessRule rule : AccessTable.LINES) {
            if (rule.service() != Service.GATEWAY) {
                templates.computeIfAbsent(rule.service(), s -> new LinkedHashSet<>()).add(rule.template());
            }
        }
        RouterFunction<ServerResponse> routes = null;
        for (Map.Entry<Service, Set<String>> service : templates.entrySet()) {
            RouterFunction<ServerResponse> route = to(service.getKey(), services, service.getValue(), forwarded);
            routes = routes == null ? route : routes.and(route);
        }
        return routes;
    }

    private static RouterFunction<ServerResponse> to(Service service, ServiceLocations services, Set<String> templates,
                                                     ForwardedHeaders forwarded) {
        return route(service.id())
                .route(path(templates.toArray(String[]::new)), http())
                .before(uri(services.of(service)))
                .before(forwarded)
                // Filters nest in the order they are added, and onError() would sit inside them all: the failure
                // handler must be outside the breaker, or the breaker would see answers instead of failures.
                .filter(ServiceFailures.answeredAsProblems(service.id()))
                .filter(circuitBreaker(service.id()))
                .build();
    }
}
