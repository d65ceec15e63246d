package com.fundguard.gateway.routing;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.cloud.gateway.server.mvc.predicate.GatewayRequestPredicates.path;

import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Which service owns which API path. Everything below {@code /api/enterprises/{id}} is routed by the capability
 * named after the enterprise id; what no route claims is not found. The gateway forwards requests unchanged and
 * never retries them: a retried POST could move money twice (idempotency keys are checked by the services).
 */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

    private static final String ENTERPRISE = "/api/enterprises/*";

    /** In order: the first route whose path matches takes the request. */
    @Bean
    RouterFunction<ServerResponse> serviceRoutes(ServiceLocations services) {
        return to("approval", services.approval(), ENTERPRISE + "/transfers/**", ENTERPRISE + "/applicant-limits/**",
                        ENTERPRISE + "/transfer-statistics")
                .and(to("notification", services.notification(), ENTERPRISE + "/users/*/inbox/**"))
                .and(to("rules", services.rules(), ENTERPRISE + "/rule-sets/**", "/api/rules/**"))
                .and(to("bank-connector", services.bankConnector(), ENTERPRISE + "/payer-accounts/**"))
                .and(to("voucher", services.voucher(), ENTERPRISE + "/vouchers/**"))
                .and(to("reconciliation", services.reconciliation(), ENTERPRISE + "/statements/**"))
                // Last: the enterprise itself and its users, once the more specific paths had their turn.
                .and(to("identity", services.identity(), ENTERPRISE, ENTERPRISE + "/users", ENTERPRISE + "/users/*"));
    }

    private static RouterFunction<ServerResponse> to(String id, URI service, String... paths) {
        return route(id).route(path(paths), http()).before(uri(service)).build();
    }
}
