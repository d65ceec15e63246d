package com.fundguard.system;

import com.fundguard.test.oidc.OidcBrowserSignIn;
import java.net.URI;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OAuth clients of one system-test run with secrets made for it: identity-service registers them (environment),
 * the services use theirs, and the test onboards enterprises with the onboarding client.
 */
record PlatformClients(String onboardingSecret, Map<String, String> serviceSecrets, String portalSecret) {

    static final List<String> SERVICES = List.of("approval-service", "rules-service", "gateway-service", "notification-service");

    static PlatformClients generate() {
        Map<String, String> secrets = new HashMap<>();
        SERVICES.forEach(service -> secrets.put(service, secret()));
        return new PlatformClients(secret(), Map.copyOf(secrets), secret());
    }

    Map<String, String> identityEnvironment() {
        Map<String, String> environment = new HashMap<>();
        environment.put("FUNDGUARD_IDENTITY_ONBOARDING_CLIENT_ID", "platform-onboarding");
        environment.put("FUNDGUARD_IDENTITY_ONBOARDING_CLIENT_SECRET", onboardingSecret);
        environment.put("FUNDGUARD_IDENTITY_ONBOARDING_SCOPES", "platform.onboard");
        environment.put("FUNDGUARD_IDENTITY_PORTAL_CLIENT_SECRET", portalSecret);
        // The platform CA of one test run; the local stack keeps its own in a keystore (platform-local's LocalPki).
        environment.put("FUNDGUARD_IDENTITY_PLATFORM_CA_EPHEMERAL", "true");
        environment.put("FUNDGUARD_IDENTITY_SECRET_KEYS_KEYSTORE", "target/identity-secret-keys-" + UUID.randomUUID() + ".p12");
        environment.put("FUNDGUARD_IDENTITY_SECRET_KEYS_PASSWORD", onboardingSecret + "-kek");
        for (int i = 0; i < SERVICES.size(); i++) {
            environment.put("FUNDGUARD_IDENTITY_SERVICES_" + i + "_CLIENT_ID", SERVICES.get(i));
            environment.put("FUNDGUARD_IDENTITY_SERVICES_" + i + "_CLIENT_SECRET", serviceSecrets.get(SERVICES.get(i)));
            environment.put("FUNDGUARD_IDENTITY_SERVICES_" + i + "_SCOPES", scopesOf(SERVICES.get(i)));
        }
        return environment;
    }

    Map<String, String> serviceEnvironment(String service, URI identity) {
        Map<String, String> environment = new HashMap<>(Map.of("FUNDGUARD_SERVICE_CLIENT_TOKEN_URI", identity.resolve("/oauth2/token").toString(),
                "FUNDGUARD_SERVICE_CLIENT_CLIENT_ID", service,
                "FUNDGUARD_SERVICE_CLIENT_CLIENT_SECRET", serviceSecrets.get(service),
                "FUNDGUARD_SERVICE_CLIENT_SCOPES", scopesOf(service)));
        if (service.equals("notification-service")) {
            // Its KEK keystore for webhook signing secrets, made for this run as identity-service's is.
            environment.put("FUNDGUARD_NOTIFICATION_SECRET_KEYS_KEYSTORE", "target/notification-secret-keys-" + UUID.randomUUID() + ".p12");
            environment.put("FUNDGUARD_NOTIFICATION_SECRET_KEYS_PASSWORD", onboardingSecret + "-notification-kek");
        }
        return environment;
    }

    /** approval-service also evaluates rules and reads voucher types for any enterprise; the others only read the directory. */
    static String scopesOf(String service) {
        return service.equals("approval-service") ? "directory.read,rules.evaluate,vouchers.read" : "directory.read";
    }

    String onboardingToken(URI identity) {
        String body = new OidcBrowserSignIn(identity, TestMesh.tls()).clientCredentials("platform-onboarding", onboardingSecret, "platform.onboard").body();
        return JsonMapper.builder().build().readTree(body).get("access_token").asString();
    }

    private static String secret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public String toString() {
        return "PlatformClients[secrets hidden]";
    }
}
