package com.fundguard.local.seed;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seeds the demo enterprise through the services' own APIs (idempotent PUTs), so a restart with kept data
 * changes nothing and a half-finished seeding completes.
 */
public final class Seeding {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One call of the seeding: the first response status of 200 or 201 is success. */
    public record SeedCall(String description, URI uri, String json) {
        @Override
        public String toString() {
            return description + " -> PUT " + uri;
        }
    }

    /**
     * @param ukeyCertificate the demo UKEY's certificate (PEM): the sandbox bank checks payment orders of the payer
     *                        account against it, as a bank checks them against the certificate it issued with the key
     */
    public static List<SeedCall> plan(DemoLogins logins, URI identity, URI sandbox, URI bankConnector, String ukeyCertificate) {
        List<SeedCall> calls = new ArrayList<>();
        String enterprise = identity.resolve("/api/enterprises/" + DemoEnterprise.ID).toString();
        calls.add(new SeedCall("demo enterprise", URI.create(enterprise), JSON.createObjectNode().put("name", DemoEnterprise.NAME).toString()));
        for (DemoEnterprise.DemoUser user : DemoEnterprise.USERS) {
            ObjectNode body = JSON.createObjectNode().put("displayName", user.displayName()).put("password", logins.passwordOf(user.username()));
            body.putArray("roles").add(user.role());
            calls.add(new SeedCall("user " + user.username() + " (" + user.role() + ")", URI.create(enterprise + "/users/" + user.username()), body.toString()));
        }
        calls.add(new SeedCall("account " + DemoEnterprise.PAYER_ACCOUNT + " at the sandbox bank",
                sandbox.resolve("/sandbox/accounts/" + DemoEnterprise.PAYER_ACCOUNT),
                JSON.createObjectNode().put("ownerName", DemoEnterprise.NAME).put("currency", DemoEnterprise.CURRENCY)
                        .put("openingBalance", DemoEnterprise.OPENING_BALANCE).toString()));
        calls.add(new SeedCall("online banking of " + DemoEnterprise.PAYER_ACCOUNT + " at the sandbox bank (password, UKEY certificate)",
                sandbox.resolve("/sandbox/accounts/" + DemoEnterprise.PAYER_ACCOUNT + "/online-banking"),
                JSON.createObjectNode().put("password", logins.passwordOf(PlatformSecrets.ONLINE_BANKING))
                        .put("signerCertificate", ukeyCertificate).toString()));
        calls.add(new SeedCall("payer account " + DemoEnterprise.PAYER_ACCOUNT,
                bankConnector.resolve("/api/enterprises/" + DemoEnterprise.ID + "/payer-accounts/" + DemoEnterprise.PAYER_ACCOUNT),
                JSON.createObjectNode().put("name", "Operating account").put("bankCode", DemoEnterprise.SANDBOX_BANK)
                        .put("currency", DemoEnterprise.CURRENCY).toString()));
        return calls;
    }

    /**
     * Runs the calls with the onboarding client's token (identity-service registers nothing for an anonymous caller),
     * over {@code http}: the launcher's mesh member.
     */
    public static void run(List<SeedCall> calls, String bearerToken, HttpClient http) {
        for (SeedCall call : calls) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(call.uri()).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json").header("Authorization", "Bearer " + bearerToken).PUT(HttpRequest.BodyPublishers.ofString(call.json())).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (!accepted(response.statusCode())) {
                    // Problem details never echo request values, so printing the answer cannot leak a password.
                    throw new IllegalStateException("seeding " + call.description() + " failed with " + response.statusCode() + ": " + response.body());
                }
            } catch (IOException e) {
                throw new IllegalStateException("seeding " + call.description() + " failed: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while seeding", e);
            }
        }
    }

    static boolean accepted(int status) {
        return status == 200 || status == 201;
    }
}
