package com.fundguard.local.process;

import java.util.List;
import java.util.Map;

/** The services of the local stack, their fixed ports and databases. */
public final class ServiceCatalog {

    /**
     * HTTPS for people and agents (agent client certificates from the platform CA) on 8080; a mesh member only as a
     * client. Its health on plain HTTP 18080 on the loopback, for the launcher only.
     */
    public static final ServiceSpec GATEWAY = new ServiceSpec("gateway", "gateway-service", 8080, null,
            Map.of("MANAGEMENT_SERVER_PORT", "18080", "MANAGEMENT_SERVER_ADDRESS", "127.0.0.1", "MANAGEMENT_SERVER_SSL_ENABLED", "false"), 18080, false);
    public static final ServiceSpec IDENTITY = ServiceSpec.inMesh("identity", "identity-service", 8081, "fundguard_identity");
    public static final ServiceSpec APPROVAL = ServiceSpec.inMesh("approval", "approval-service", 8082, "fundguard_approval");
    public static final ServiceSpec RULES = ServiceSpec.inMesh("rules", "rules-service", 8083, "fundguard_rules");
    public static final ServiceSpec BANK_CONNECTOR = ServiceSpec.inMesh("bank-connector", "bank-connector-service", 8084, "fundguard_bankconnector");
    public static final ServiceSpec VOUCHER = ServiceSpec.inMesh("voucher", "voucher-capture-service", 8085, "fundguard_voucher");
    public static final ServiceSpec NOTIFICATION = ServiceSpec.inMesh("notification", "notification-service", 8086, "fundguard_notification");
    public static final ServiceSpec RECONCILIATION = ServiceSpec.inMesh("reconciliation", "reconciliation-service", 8087, "fundguard_reconciliation");
    /**
     * It plays the bank, not a FundGuard service. Its port speaks the bank channel over mutual TLS with a mesh
     * certificate, and accepts the operator agents' certificates (platform CA) as well as the mesh's: bank-connector
     * inquires with its mesh certificate, the launcher seeds the sandbox with its own.
     */
    public static final ServiceSpec BANK_SANDBOX = ServiceSpec.inMesh("bank-sandbox", "bank-sandbox", 8090, "fundguard_sandbox");

    public static final List<ServiceSpec> ALL = List.of(BANK_SANDBOX, IDENTITY, APPROVAL, RULES, BANK_CONNECTOR, VOUCHER,
            NOTIFICATION, RECONCILIATION, GATEWAY);

    /** The gateway's address as people and agents see it: the issuer of their tokens too. */
    public static final String PUBLIC_URL = "https://localhost:" + GATEWAY.port();

    private ServiceCatalog() {
    }

    public static List<String> databases() {
        return ALL.stream().map(ServiceSpec::database).filter(java.util.Objects::nonNull).toList();
    }

    /** The members of the service mesh: every FundGuard service (the gateway as a client). */
    public static List<ServiceSpec> meshMembers() {
        return ALL.stream().filter(spec -> spec.mesh() || spec == GATEWAY).toList();
    }
}
