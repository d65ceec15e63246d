package com.fundguard.local.process;

import static com.fundguard.local.process.ServiceCatalog.APPROVAL;
import static com.fundguard.local.process.ServiceCatalog.BANK_CONNECTOR;
import static com.fundguard.local.process.ServiceCatalog.BANK_SANDBOX;
import static com.fundguard.local.process.ServiceCatalog.GATEWAY;
import static com.fundguard.local.process.ServiceCatalog.IDENTITY;
import static com.fundguard.local.process.ServiceCatalog.NOTIFICATION;
import static com.fundguard.local.process.ServiceCatalog.RECONCILIATION;
import static com.fundguard.local.process.ServiceCatalog.RULES;
import static com.fundguard.local.process.ServiceCatalog.VOUCHER;

import com.fundguard.crypto.mesh.MeshMember;
import com.fundguard.local.pki.LocalPki;
import com.fundguard.local.seed.DemoEnterprise;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each service of the local stack finds the others and how it proves who it is: every call between services
 * goes over the mesh (mutual TLS with the mesh certificates, {@code https://} addresses), people and agents come in
 * through the gateway only, and the tokens identity-service issues name the gateway's public address as issuer
 * (it is where the sign-in pages and the token endpoint are reached).
 */
public final class ServiceWiring {

    private ServiceWiring() {
    }

    public static Map<String, String> environmentOf(ServiceSpec spec, LocalPki pki) {
        Map<String, String> environment = new HashMap<>();
        if (spec.equals(GATEWAY)) {
            environment.putAll(pki.meshFilesOf(GATEWAY.module()).springBootClientEnvironment());
            environment.put("FUNDGUARD_GATEWAY_IDENTITY_ISSUER", ServiceCatalog.PUBLIC_URL);
            environment.put("FUNDGUARD_GATEWAY_IDENTITY_JWK_SET_URI", url(IDENTITY, "/oauth2/jwks"));
            environment.put("FUNDGUARD_GATEWAY_AGENTS_CRL_URI", url(IDENTITY, "/api/platform-ca/crl"));
            environment.put("FUNDGUARD_GATEWAY_SERVICES_IDENTITY", url(IDENTITY, ""));
            environment.put("FUNDGUARD_GATEWAY_SERVICES_APPROVAL", url(APPROVAL, ""));
            environment.put("FUNDGUARD_GATEWAY_SERVICES_RULES", url(RULES, ""));
            environment.put("FUNDGUARD_GATEWAY_SERVICES_BANK_CONNECTOR", url(BANK_CONNECTOR, ""));
            environment.put("FUNDGUARD_GATEWAY_SERVICES_VOUCHER", url(VOUCHER, ""));
            environment.put("FUNDGUARD_GATEWAY_SERVICES_NOTIFICATION", url(NOTIFICATION, ""));
            environment.put("FUNDGUARD_GATEWAY_SERVICES_RECONCILIATION", url(RECONCILIATION, ""));
            return environment;
        }
        if (!spec.mesh()) {
            return environment;
        }
        environment.putAll(pki.meshFilesOf(spec.module()).springBootServiceEnvironment());
        if (spec.equals(IDENTITY)) {
            environment.put("FUNDGUARD_IDENTITY_ISSUER", ServiceCatalog.PUBLIC_URL);
            // Agents' certificates reach the token endpoint forwarded by the gateway, and only from it.
            environment.put("FUNDGUARD_IDENTITY_CLIENT_CERTIFICATE_FORWARDER", GATEWAY.module());
            return environment;
        }
        if (spec.equals(BANK_SANDBOX)) {
            // The bank's channel: mesh certificates and the agents' certificates of the platform CA.
            environment.put("SPRING_SSL_BUNDLE_PEM_MESH_TRUSTSTORE_CERTIFICATE", "file:" + pki.file(LocalPki.BANK_CLIENTS));
            return environment;
        }
        environment.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI", url(IDENTITY, "/oauth2/jwks"));
        if (spec.equals(BANK_CONNECTOR)) {
            environment.put("FUNDGUARD_BANKS_CHANNELS_" + DemoEnterprise.SANDBOX_BANK + "_URI", url(BANK_SANDBOX, "/channel/v1"));
            environment.put("FUNDGUARD_BANKS_CHANNELS_" + DemoEnterprise.SANDBOX_BANK + "_SSL_BUNDLE", MeshMember.PemFiles.BUNDLE);
        }
        if (spec.equals(APPROVAL)) {
            environment.put("FUNDGUARD_APPROVAL_IDENTITY_URL", url(IDENTITY, ""));
            environment.put("FUNDGUARD_APPROVAL_RULES_URL", url(RULES, ""));
            environment.put("FUNDGUARD_APPROVAL_VOUCHER_URL", url(VOUCHER, ""));
            environment.put("FUNDGUARD_APPROVAL_CONFIRMATION_JWK_SET_URI", url(IDENTITY, "/oauth2/jwks"));
        }
        if (spec.equals(NOTIFICATION)) {
            // Who holds the role of a waiting step: identity-service's directory, with the service's own token.
            environment.put("FUNDGUARD_NOTIFICATION_IDENTITY_URL", url(IDENTITY, ""));
            // Webhooks to a developer's ERP stub on this machine may use plain http; anywhere else https only.
            environment.put("FUNDGUARD_NOTIFICATION_WEBHOOK_ALLOW_LOOPBACK_HTTP", "true");
        }
        if (spec.equals(RULES)) {
            environment.put("FUNDGUARD_RULES_IDENTITY_URL", url(IDENTITY, ""));
        }
        return environment;
    }

    private static String url(ServiceSpec service, String path) {
        return service.baseUri() + path;
    }
}
