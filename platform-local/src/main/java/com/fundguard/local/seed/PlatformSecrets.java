package com.fundguard.local.seed;

import com.fundguard.local.pki.LocalPki;
import com.fundguard.local.process.ServiceCatalog;
import com.fundguard.local.process.ServiceSpec;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The local stack's OAuth clients: identity-service registers them from its environment, each service gets its own
 * client id and secret, and seeding onboards the demo enterprise with the onboarding client. The secrets are kept next
 * to the demo passwords (generated once, owner-only file), so nothing secret is in the source.
 */
public final class PlatformSecrets {

    static final String PREFIX = "client:";
    static final String ONBOARDING = "platform-onboarding";
    static final String PORTAL = "fundguard-portal";
    /** Services that call identity-service as themselves. */
    static final List<String> SERVICE_CLIENTS = List.of("approval-service", "rules-service", "gateway-service", "notification-service");

    private PlatformSecrets() {
    }

    /** The platform CA keystore's password (not an OAuth client, kept with the other generated secrets). */
    public static final String CA_KEYSTORE = "secret:platform-ca-keystore";
    /** The password of identity-service's KEK keystore. */
    public static final String SECRET_KEYS = "secret:identity-secret-keys";
    /** The password of notification-service's KEK keystore (webhook signing secrets). */
    public static final String NOTIFICATION_SECRET_KEYS = "secret:notification-secret-keys";
    /** The password of bank-connector-service's vault KEK keystore. */
    public static final String VAULT_KEYS = "secret:bank-credentials-kek";
    /** The demo payer account's online-banking password at the sandbox bank. */
    public static final String ONLINE_BANKING = "secret:demo-online-banking-password";
    /** The PIN of the demo UKEY (the PKCS#12 file's password). */
    public static final String UKEY_PIN = "secret:demo-ukey-pin";
    /** The password of the demo operator agent's own keystore (its key and certificate). */
    public static final String AGENT_KEYSTORE = "secret:demo-agent-keystore";

    public static List<String> withClients(List<String> usernames) {
        List<String> names = new ArrayList<>(usernames);
        names.add(CA_KEYSTORE);
        names.add(SECRET_KEYS);
        names.add(NOTIFICATION_SECRET_KEYS);
        names.add(VAULT_KEYS);
        names.add(ONLINE_BANKING);
        names.add(UKEY_PIN);
        names.add(AGENT_KEYSTORE);
        names.add(PREFIX + ONBOARDING);
        names.add(PREFIX + PORTAL);
        SERVICE_CLIENTS.forEach(client -> names.add(PREFIX + client));
        return names;
    }

    public static Map<String, String> environmentOf(ServiceSpec spec, DemoLogins secrets, LocalPki pki) {
        Map<String, String> environment = new HashMap<>();
        if (spec.equals(ServiceCatalog.GATEWAY)) {
            // HTTPS with the platform CA's certificate for localhost; agents present client certificates (mTLS).
            String certificate = "file:" + pki.file(LocalPki.GATEWAY_CERTIFICATE);
            String key = "file:" + pki.file(LocalPki.GATEWAY_KEY);
            String ca = "file:" + pki.file(LocalPki.CA_CERTIFICATE);
            environment.put("SPRING_SSL_BUNDLE_PEM_GATEWAY_KEYSTORE_CERTIFICATE", certificate);
            environment.put("SPRING_SSL_BUNDLE_PEM_GATEWAY_KEYSTORE_PRIVATE_KEY", key);
            environment.put("SPRING_SSL_BUNDLE_PEM_GATEWAY_TRUSTSTORE_CERTIFICATE", ca);
            environment.put("SERVER_SSL_BUNDLE", "gateway");
            environment.put("SERVER_SSL_CLIENT_AUTH", "want");
            environment.put("FUNDGUARD_GATEWAY_AGENTS_CA_CERTIFICATE", ca);
        }
        if (spec.equals(ServiceCatalog.IDENTITY)) {
            environment.put("FUNDGUARD_IDENTITY_PLATFORM_CA_KEYSTORE", pki.file(LocalPki.CA_KEYSTORE).toString());
            environment.put("FUNDGUARD_IDENTITY_PLATFORM_CA_PASSWORD", secrets.passwordOf(CA_KEYSTORE));
            // The KEK keystore for secrets identity-service keeps (TOTP seeds), created on its first start.
            environment.put("FUNDGUARD_IDENTITY_SECRET_KEYS_KEYSTORE", pki.file("identity-secret-keys.p12").toString());
            environment.put("FUNDGUARD_IDENTITY_SECRET_KEYS_PASSWORD", secrets.passwordOf(SECRET_KEYS));
            // Agents reach the token endpoint through the gateway, which forwards the certificate chain it verified.
            environment.put("FUNDGUARD_IDENTITY_FORWARDED_CLIENT_CERTIFICATE", "true");
            environment.put("FUNDGUARD_IDENTITY_PORTAL_REDIRECT_URIS", "https://localhost:8080/portal/callback");
            environment.put("FUNDGUARD_IDENTITY_ONBOARDING_CLIENT_ID", ONBOARDING);
            environment.put("FUNDGUARD_IDENTITY_ONBOARDING_CLIENT_SECRET", secrets.passwordOf(PREFIX + ONBOARDING));
            environment.put("FUNDGUARD_IDENTITY_ONBOARDING_SCOPES", "platform.onboard");
            environment.put("FUNDGUARD_IDENTITY_PORTAL_CLIENT_SECRET", secrets.passwordOf(PREFIX + PORTAL));
            for (int i = 0; i < SERVICE_CLIENTS.size(); i++) {
                environment.put("FUNDGUARD_IDENTITY_SERVICES_" + i + "_CLIENT_ID", SERVICE_CLIENTS.get(i));
                environment.put("FUNDGUARD_IDENTITY_SERVICES_" + i + "_CLIENT_SECRET", secrets.passwordOf(PREFIX + SERVICE_CLIENTS.get(i)));
                environment.put("FUNDGUARD_IDENTITY_SERVICES_" + i + "_SCOPES", scopesOf(SERVICE_CLIENTS.get(i)));
            }
        }
        if (spec.equals(ServiceCatalog.NOTIFICATION)) {
            // The KEK keystore for secrets notification-service keeps (webhook signing secrets), created on its first start.
            environment.put("FUNDGUARD_NOTIFICATION_SECRET_KEYS_KEYSTORE", pki.file("notification-secret-keys.p12").toString());
            environment.put("FUNDGUARD_NOTIFICATION_SECRET_KEYS_PASSWORD", secrets.passwordOf(NOTIFICATION_SECRET_KEYS));
        }
        if (spec.equals(ServiceCatalog.BANK_CONNECTOR)) {
            // The vault's key-encryption key: a PKCS#12 keystore here (an HSM over PKCS#11 in production).
            environment.put("FUNDGUARD_VAULT_KEK_KIND", "pkcs12");
            environment.put("FUNDGUARD_VAULT_KEK_KEYSTORE", pki.file("bank-credentials-kek.p12").toString());
            environment.put("FUNDGUARD_VAULT_KEK_PASSWORD", secrets.passwordOf(VAULT_KEYS));
        }
        String client = spec.module();
        if (SERVICE_CLIENTS.contains(client)) {
            environment.put("FUNDGUARD_SERVICE_CLIENT_TOKEN_URI", ServiceCatalog.IDENTITY.baseUri() + "/oauth2/token");
            environment.put("FUNDGUARD_SERVICE_CLIENT_CLIENT_ID", client);
            environment.put("FUNDGUARD_SERVICE_CLIENT_CLIENT_SECRET", secrets.passwordOf(PREFIX + client));
            environment.put("FUNDGUARD_SERVICE_CLIENT_SCOPES", scopesOf(client));
        }
        return environment;
    }

    /** approval-service also evaluates rules and reads voucher types for any enterprise; the others only read the directory. */
    static String scopesOf(String service) {
        return service.equals("approval-service") ? "directory.read,rules.evaluate,vouchers.read" : "directory.read";
    }

    /** A client-credentials token of the onboarding client (the one OAuth call the launcher itself makes). */
    public static String onboardingToken(DemoLogins secrets, HttpClient http) {
        String credentials = Base64.getEncoder().encodeToString((ONBOARDING + ":" + secrets.passwordOf(PREFIX + ONBOARDING))
                .getBytes(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(ServiceCatalog.IDENTITY.baseUri().resolve("/oauth2/token"))
                    .header("Authorization", "Basic " + credentials)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=platform.onboard")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("identity-service refused the onboarding client: " + response.statusCode());
            }
            return JsonMapper.builder().build().readTree(response.body()).get("access_token").asString();
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach identity-service for the onboarding token", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
