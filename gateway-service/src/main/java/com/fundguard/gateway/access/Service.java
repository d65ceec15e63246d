package com.fundguard.gateway.access;

/** Who answers a route: one of the services behind the gateway, or the gateway itself (its actuator). */
public enum Service {
    IDENTITY, APPROVAL, RULES, BANK_CONNECTOR, VOUCHER, NOTIFICATION, RECONCILIATION,
    /** Answered by the gateway, never forwarded. */
    GATEWAY;

    /** The route id and circuit breaker name: {@code bank-connector}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
