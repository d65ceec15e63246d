package com.fundguard.gateway.routing;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.cloud.gateway.server.mvc.predicate.GatewayRequestPredicates.path;

import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
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

    @Bean
    @Order(1)
    RouterFunction<ServerResponse> transfers(ServiceLocations services) {
        return to("approval", services.approval(), ENTERPRISE + "/transfers/**");
    }

    @Bean
    @Order(2)
    RouterFunction<ServerResponse> inbox(ServiceLocations services) {
        return to("notification", services.notification(), ENTERPRISE + "/users/*/inbox/**");
    }

    @Bean
    @Order(3)
    RouterFunction<ServerResponse> ruleSets(ServiceLocations services) {
        return to("rules", services.rules(), ENTERPRISE + "/rule-sets/**");
    }

    @Bean
    @Order(4)
    RouterFunction<ServerResponse> payerAccounts(ServiceLocations services) {
        return to("bank-connector", services.bankConnector(), ENTERPRISE + "/payer-accounts/**");
    }

    @Bean
    @Order(5)
    RouterFunction<ServerResponse> vouchers(ServiceLocations services) {
        return to("voucher", services.voucher(), ENTERPRISE + "/vouchers/**");
    }

    @Bean
    @Order(6)
    RouterFunction<ServerResponse> statements(ServiceLocations services) {
        return to("reconciliation", services.reconciliation(), ENTERPRISE + "/statements/**");
    }

    /** Last: the enterprise itself and its users, once the more specific paths above had their turn. */
    @Bean
    @Order(100)
    RouterFunction<ServerResponse> directory(ServiceLocations services) {
        return to("identity", services.identity(), ENTERPRISE, ENTERPRISE + "/users", ENTERPRISE + "/users/*");
    }

    private static RouterFunction<ServerResponse> to(String id, URI service, String... paths) {
        return route(id).route(path(paths), http()).before(uri(service)).build();
    }
}
