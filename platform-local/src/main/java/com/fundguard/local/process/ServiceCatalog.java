package com.fundguard.local.process;

import java.util.List;
import java.util.Map;

/** The services of the local stack, their fixed ports and databases. */
public final class ServiceCatalog {

    /** HTTPS (with agent client certificates) on 8080; its health on plain HTTP 18080, for the launcher only. */
    public static final ServiceSpec GATEWAY = new ServiceSpec("gateway", "gateway-service", 8080, null,
            Map.of("MANAGEMENT_SERVER_PORT", "18080", "MANAGEMENT_SERVER_ADDRESS", "127.0.0.1", "MANAGEMENT_SERVER_SSL_ENABLED", "false"), 18080);
    public static final ServiceSpec IDENTITY = new ServiceSpec("identity", "identity-service", 8081, "fundguard_identity", Map.of());
    public static final ServiceSpec APPROVAL = new ServiceSpec("approval", "approval-service", 8082, "fundguard_approval", Map.of());
    public static final ServiceSpec RULES = new ServiceSpec("rules", "rules-service", 8083, "fundguard_rules", Map.of());
    public static final ServiceSpec BANK_CONNECTOR = new ServiceSpec("bank-connector", "bank-connector-service", 8084, "fundguard_bankconnector", Map.of());
    public static final ServiceSpec VOUCHER = new ServiceSpec("voucher", "voucher-capture-service", 8085, "fundguard_voucher", Map.of());
    public static final ServiceSpec NOTIFICATION = new ServiceSpec("notification", "notification-service", 8086, "fundguard_notification", Map.of());
    public static final ServiceSpec RECONCILIATION = new ServiceSpec("reconciliation", "reconciliation-service", 8087, "fundguard_reconciliation", Map.of());
    public static final ServiceSpec BANK_SANDBOX = new ServiceSpec("bank-sandbox", "bank-sandbox", 8090, "fundguard_sandbox", Map.of());

    public static final List<ServiceSpec> ALL = List.of(BANK_SANDBOX, IDENTITY, APPROVAL, RULES, BANK_CONNECTOR, VOUCHER,
            NOTIFICATION, RECONCILIATION, GATEWAY);

    private ServiceCatalog() {
    }

    public static List<String> databases() {
        return ALL.stream().map(ServiceSpec::database).filter(java.util.Objects::nonNull).toList();
    }
}
