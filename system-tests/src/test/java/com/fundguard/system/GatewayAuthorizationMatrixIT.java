package com.fundguard.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fundguard.gateway.access.AccessDecision;
import com.fundguard.gateway.access.AccessRule;
import com.fundguard.gateway.access.AccessTable;
import com.fundguard.gateway.access.Audience;
import com.fundguard.test.infrastructure.RealInfrastructure;
import com.fundguard.test.infrastructure.SharedInfrastructure;
import com.fundguard.test.oidc.OidcBrowserSignIn;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The authorization matrix through the real gateway against the running services, with real access tokens from
 * identity-service's OIDC flow: every line of the gateway's access table x every method x every role (and nobody) x
 * own or another enterprise. A refusal must come from the gateway with the status the table implies; an allowed
 * request must pass the gateway and be answered by the service (whatever the service then decides). Beside the
 * table, rows of what it does not name (other methods, paths next to its lines) are refused by the gateway.
 */
class GatewayAuthorizationMatrixIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = TestMesh.HTTP;
    static final PlatformClients CLIENTS = PlatformClients.generate();
    static final String NAMESPACE = "matrix" + UUID.randomUUID().toString().substring(0, 8);
    static final String PASSWORD = "pw-" + UUID.randomUUID();
    static final List<String> PEOPLE_ROLES = List.of("APPLICANT", "AUDITOR", "AUTHORIZER", "ENTERPRISE_ADMIN");
    /** What the gateway answers when it refuses, by its problem type's last segment. */
    static final Set<String> GATEWAY_REFUSALS = Arrays.stream(AccessDecision.Outcome.values())
            .filter(outcome -> outcome.status().isError()).map(AccessDecision.Outcome::kind).collect(Collectors.toSet());

    static RealInfrastructure infrastructure;
    static ServiceGroup services;
    static ServiceProcess identity;
    static ServiceProcess gateway;

    static final UUID ours = UUID.randomUUID();
    static final UUID theirs = UUID.randomUUID();
    static final UUID operations = UUID.randomUUID();
    /** A signed-in person: their id, enterprise and access token. */
    record Person(String role, UUID id, UUID enterprise, String token) {
    }
    static final Map<String, Person> OURS = new HashMap<>();
    static final Map<String, Person> THEIRS = new HashMap<>();
    static Person platformOps;

    static ServiceProcess service(String name, String database, Map<String, String> extra) {
        return services.start(name, database, extra);
    }

    @BeforeAll
    static void thePlatformBehindItsGateway() throws Exception {
        infrastructure = SharedInfrastructure.get();
        services = new ServiceGroup(infrastructure, NAMESPACE);
        identity = service("identity-service", "matrix_identity", CLIENTS.identityEnvironment());
        ServiceProcess rules = service("rules-service", "matrix_rules", Map.of("FUNDGUARD_RULES_IDENTITY_URL", identity.uri("").toString()));
        Map<String, String> approvalEnvironment = new HashMap<>(CLIENTS.serviceEnvironment("approval-service", identity.uri("")));
        approvalEnvironment.put("FUNDGUARD_APPROVAL_IDENTITY_URL", identity.uri("").toString());
        approvalEnvironment.put("FUNDGUARD_APPROVAL_RULES_URL", rules.uri("").toString());
        approvalEnvironment.put("FUNDGUARD_APPROVAL_CONFIRMATION_JWK_SET_URI", identity.uri("/oauth2/jwks").toString());
        ServiceProcess approval = service("approval-service", "matrix_approval", approvalEnvironment);
        Map<String, String> notificationEnvironment = new HashMap<>(CLIENTS.serviceEnvironment("notification-service", identity.uri("")));
        notificationEnvironment.put("FUNDGUARD_NOTIFICATION_IDENTITY_URL", identity.uri("").toString());
        ServiceProcess notification = service("notification-service", "matrix_notification", notificationEnvironment);
        ServiceProcess voucher = service("voucher-capture-service", "matrix_voucher", Map.of("FUNDGUARD_VOUCHERS_STORAGE_DIRECTORY",
                Files.createTempDirectory("matrix-vouchers").toString()));
        ServiceProcess bankConnector = service("bank-connector-service", "matrix_bank_connector", Map.of(
                "FUNDGUARD_VAULT_KEK_KEYSTORE", "target/matrix-vault-kek-" + UUID.randomUUID() + ".p12",
                "FUNDGUARD_VAULT_KEK_PASSWORD", PASSWORD + "-kek"));
        ServiceProcess reconciliation = service("reconciliation-service", "matrix_reconciliation", Map.of());
        Map<String, String> gatewayEnvironment = new HashMap<>(Map.of(
                "FUNDGUARD_GATEWAY_IDENTITY_JWK_SET_URI", identity.uri("/oauth2/jwks").toString(),
                "FUNDGUARD_GATEWAY_AGENTS_CRL_URI", identity.uri("/api/platform-ca/crl").toString(),
                "FUNDGUARD_GATEWAY_SERVICES_IDENTITY", identity.uri("").toString(),
                "FUNDGUARD_GATEWAY_SERVICES_APPROVAL", approval.uri("").toString(),
                "FUNDGUARD_GATEWAY_SERVICES_RULES", rules.uri("").toString(),
                "FUNDGUARD_GATEWAY_SERVICES_BANK_CONNECTOR", bankConnector.uri("").toString(),
                "FUNDGUARD_GATEWAY_SERVICES_VOUCHER", voucher.uri("").toString(),
                "FUNDGUARD_GATEWAY_SERVICES_NOTIFICATION", notification.uri("").toString(),
                "FUNDGUARD_GATEWAY_SERVICES_RECONCILIATION", reconciliation.uri("").toString()));
        // The matrix sends hundreds of requests a minute from one address; the limits themselves are tested elsewhere.
        gatewayEnvironment.put("FUNDGUARD_GATEWAY_LIMITS_PER_IP_PER_MINUTE", "100000");
        gatewayEnvironment.put("FUNDGUARD_GATEWAY_LIMITS_PER_USER_PER_MINUTE", "100000");
        gatewayEnvironment.put("FUNDGUARD_GATEWAY_LIMITS_STRICT_PER_IP_PER_MINUTE", "100000");
        gatewayEnvironment.put("FUNDGUARD_GATEWAY_LIMITS_STRICT_PER_USER_PER_MINUTE", "100000");
        gateway = service("gateway-service", null, gatewayEnvironment);

        String onboarding = CLIENTS.onboardingToken(identity.uri(""));
        for (UUID enterprise : List.of(ours, theirs, operations)) {
            send("PUT", identity.uri("/api/enterprises/" + enterprise), onboarding, "{\"name\":\"Matrix " + enterprise + "\"}");
        }
        for (String role : PEOPLE_ROLES) {
            OURS.put(role, person(ours, role));
            THEIRS.put(role, person(theirs, role));
        }
        platformOps = person(operations, "PLATFORM_OPS");
    }

    static Person person(UUID enterprise, String role) {
        String username = role.toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 6);
        String onboarding = CLIENTS.onboardingToken(identity.uri(""));
        Answer created = send("PUT", identity.uri("/api/enterprises/" + enterprise + "/users/" + username), onboarding,
                "{\"displayName\":\"" + username + "\",\"roles\":[\"" + role + "\"],\"password\":\"" + PASSWORD + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        UUID id = UUID.fromString(JSON.readTree(created.body()).get("id").asString());
        URI callback = URI.create("http://localhost:8080/portal/callback");
        var browser = new OidcBrowserSignIn(identity.uri(""), TestMesh.tls());
        var outcome = browser.signIn("fundguard-portal", callback, username + "@" + enterprise, PASSWORD);
        var tokens = browser.exchange("fundguard-portal", CLIENTS.portalSecret(), callback, outcome.code().orElseThrow(), outcome.verifier());
        return new Person(role, id, enterprise, JSON.readTree(tokens.body()).get("access_token").asString());
    }

    static Answer send(String method, URI uri, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<java.io.InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (java.io.InputStream body = response.body()) {
                boolean stream = response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream");
                return new Answer(response.statusCode(), response.headers(),
                        stream ? "(an event stream)" : new String(body.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer as the matrix needs it: a live event stream's body is not read (it never ends by itself). */
    record Answer(int statusCode, java.net.http.HttpHeaders headers, String body) {
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (services != null) {
            services.close();
        }
    }

    /** One request of the matrix: a line, a method, a caller (null: nobody) and whether the path is the caller's enterprise. */
    record Case(AccessRule rule, HttpMethod method, Person caller, boolean ownEnterprise) {

        boolean enterpriseScoped() {
            return rule.template().contains("{enterpriseId}");
        }

        /** Always a path of our enterprise: "another enterprise" is a caller of theirs asking for it. */
        String path() {
            String path = rule.template().replace("/**", "").replace("{enterpriseId}", ours.toString())
                    .replace("{userId}", caller == null ? UUID.randomUUID().toString() : caller.id().toString())
                    .replace("{username}", "matrix-new-user").replace("{role}", "APPLICANT")
                    .replace("{accountNumber}", "CN6222000011119999").replace("{serial}", "12345")
                    .replace("{endpoint}", "info")
                    .replace("{account}", "CN6222000011119999").replace("{date}", "2026-12-01").replace("{name}", "matrix-mapping");
            return path.replaceAll("\\{[A-Za-z]+}", UUID.randomUUID().toString());
        }

        /** The status the gateway answers when it refuses; 0 when the table lets the request through. */
        int refusal() {
            return refusal(rule.audience());
        }

        private int refusal(Audience audience) {
            String role = caller == null ? null : caller.role();
            return switch (audience) {
                case Audience.Anyone ignored -> 0;
                case Audience.Agent ignored -> 401;
                case Audience.People people -> role == null ? 401 : enterpriseScoped() && !ownEnterprise ? 403
                        : people.roles().stream().anyMatch(r -> r.name().equals(role)) ? 0 : 403;
                case Audience.AnyEnterprise operators -> role == null ? 401
                        : operators.roles().stream().anyMatch(r -> r.name().equals(role)) ? 0 : 403;
                case Audience.OwnerOfPath ignored -> role == null ? 401 : ownEnterprise ? 0 : 403;
                case Audience.ClientScope ignored -> role == null ? 401 : 403;
                case Audience.Either either -> either.alternatives().stream().map(this::refusal).filter(s -> s == 0)
                        .findFirst().orElseGet(() -> refusal(either.alternatives().getFirst()));
            };
        }

        @Override
        public String toString() {
            return method + " " + rule.template() + " as " + (caller == null ? "nobody" : caller.role())
                    + (enterpriseScoped() ? (ownEnterprise ? " of the enterprise" : " of another enterprise") : "")
                    + (refusal() == 0 ? " -> the service answers" : " -> the gateway refuses " + refusal());
        }
    }

    @TestFactory
    Stream<DynamicTest> everyLineOfTheGatewaysTableHoldsAgainstTheRunningServices() {
        List<Case> cases = new ArrayList<>();
        for (AccessRule rule : AccessTable.LINES) {
            for (HttpMethod method : rule.methods()) {
                cases.add(new Case(rule, method, null, true));
                cases.add(new Case(rule, method, platformOps, false));
                for (String role : PEOPLE_ROLES) {
                    cases.add(new Case(rule, method, OURS.get(role), true));
                    if (rule.template().contains("{enterpriseId}")) {
                        cases.add(new Case(rule, method, THEIRS.get(role), false));
                    }
                }
            }
        }
        return cases.stream().map(matrixCase -> DynamicTest.dynamicTest(matrixCase.toString(), () -> {
            String body = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH).contains(matrixCase.method()) ? "{}" : null;
            Answer response = send(matrixCase.method().name(), gateway.uri(matrixCase.path()),
                    matrixCase.caller() == null ? null : matrixCase.caller().token(), body);
            String refusedBy = gatewayRefusal(response);
            if (matrixCase.refusal() == 0) {
                assertThat(refusedBy).as("%s answered %d %s", matrixCase, response.statusCode(), response.body()).isNull();
                // ...and the service behind it answered: not the gateway's "service down or slow".
                assertThat(response.statusCode()).as("%s answered %s", matrixCase, response.body()).isNotIn(502, 503, 504);
            } else {
                assertThat(response.statusCode()).as("%s answered %s", matrixCase, response.body()).isEqualTo(matrixCase.refusal());
                assertThat(refusedBy).as("%s must be refused by the gateway, got %s", matrixCase, response.body()).isNotNull();
            }
        }));
    }

    /** A request the table does not name, by a role its neighbouring lines allow: the gateway's 404 or 405, no service's. */
    record Unlisted(String method, String path, String role, int refusal) {

        @Override
        public String toString() {
            return method + " " + path.replace(ours.toString(), "{enterpriseId}") + " as " + role + " -> the gateway refuses " + refusal;
        }
    }

    @TestFactory
    Stream<DynamicTest> whatTheTableDoesNotNameIsRefusedByTheGatewayWhoeverAsks() {
        String e = "/api/enterprises/" + ours;
        String some = UUID.randomUUID().toString();
        List<Unlisted> rows = List.of(
                new Unlisted("DELETE", e + "/statements/" + some, "AUTHORIZER", 405),
                new Unlisted("DELETE", e + "/statement-mappings/matrix-mapping", "AUDITOR", 405),
                new Unlisted("PATCH", e + "/discrepancies/" + some, "AUTHORIZER", 405),
                new Unlisted("GET", e + "/discrepancies/" + some + "/approval", "AUDITOR", 405),
                new Unlisted("GET", e + "/discrepancies/" + some + "/attachments", "AUDITOR", 404),
                new Unlisted("GET", e + "/accounts/CN6222000011119999/days/2026-12-01/close", "AUTHORIZER", 405),
                new Unlisted("GET", e + "/accounts/CN6222000011119999/days", "AUDITOR", 404),
                new Unlisted("DELETE", e + "/transfers/" + some + "/recall", "AUTHORIZER", 405),
                new Unlisted("GET", e + "/reports/everything", "AUDITOR", 404),
                new Unlisted("GET", e + "/statements/" + some + "/lines", "AUDITOR", 404));
        return rows.stream().map(row -> DynamicTest.dynamicTest(row.toString(), () -> {
            Answer response = send(row.method(), gateway.uri(row.path()), OURS.get(row.role()).token(),
                    row.method().equals("PATCH") ? "{}" : null);
            assertThat(response.statusCode()).as("%s answered %s", row, response.body()).isEqualTo(row.refusal());
            assertThat(gatewayRefusal(response)).as("%s answered %s", row, response.body())
                    .isEqualTo(row.refusal() == 404 ? "no-route" : "method-not-allowed");
        }));
    }

    /**
     * Behind the gateway every service answers members of the service mesh only: a caller without a certificate, or
     * with one of another CA under a service's very name (an agent's certificate is of the platform CA, not the
     * mesh's), is refused in the TLS handshake, before any request is read.
     */
    @TestFactory
    Stream<DynamicTest> everyServiceBehindTheGatewayAnswersMembersOfTheServiceMeshOnly() {
        HttpClient anonymous = TestMesh.clientPresenting(null);
        HttpClient stranger = TestMesh.clientPresenting(
                com.fundguard.crypto.mesh.ServiceMesh.create("FundGuard System-Test Mesh", java.time.Clock.systemUTC()).issue("gateway-service").keyStore());
        return services.started().stream().filter(service -> service != gateway).map(service -> DynamicTest.dynamicTest(service.toString(), () -> {
            HttpRequest health = HttpRequest.newBuilder(service.uri("/actuator/health")).timeout(Duration.ofSeconds(10)).build();
            assertThat(service.uri("").getScheme()).isEqualTo("https");
            assertThat(TestMesh.HTTP.send(health, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            assertThatThrownBy(() -> anonymous.send(health, HttpResponse.BodyHandlers.ofString())).isInstanceOf(java.io.IOException.class);
            assertThatThrownBy(() -> stranger.send(health, HttpResponse.BodyHandlers.ofString())).isInstanceOf(java.io.IOException.class);
        }));
    }

    /** The gateway's refusal kind when the gateway refused (its problem type), or null when the request went through. */
    static String gatewayRefusal(Answer response) {
        if (response.statusCode() < 400 || !response.headers().firstValue("Content-Type").orElse("").contains("problem+json")) {
            return null;
        }
        JsonNode problem = JSON.readTree(response.body());
        String type = problem.has("type") ? problem.get("type").asString() : "";
        String kind = type.substring(type.lastIndexOf('/') + 1);
        return type.startsWith("https://fundguard.example/problems/") && GATEWAY_REFUSALS.contains(kind) ? kind : null;
    }
}
