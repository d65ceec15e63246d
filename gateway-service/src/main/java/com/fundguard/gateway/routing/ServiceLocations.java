package com.fundguard.gateway.routing;

import com.fundguard.gateway.access.Service;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where each service answers ({@code fundguard.gateway.services.*}); the defaults are the local stack's ports. */
@ConfigurationProperties("fundguard.gateway.services")
public record ServiceLocations(
        @DefaultValue("http://localhost:8081") URI identity,
        @DefaultValue("http://localhost:8082") URI approval,
        @DefaultValue("http://localhost:8083") URI rules,
        @DefaultValue("http://localhost:8084") URI bankConnector,
        @DefaultValue("http://localhost:8085") URI voucher,
        @DefaultValue("http://localhost:8086") URI notification,
        @DefaultValue("http://localhost:8087") URI reconciliation) {

    public URI of(Service service) {
        return switch (service) {
            case IDENTITY -> identity;
            case APPROVAL -> approval;
            case RULES -> rules;
            case BANK_CONNECTOR -> bankConnector;
            case VOUCHER -> voucher;
            case NOTIFICATION -> notification;
            case RECONCILIATION -> reconciliation;
            case GATEWAY -> throw new IllegalArgumentException("the gateway answers its own routes");
        };
    }
}
