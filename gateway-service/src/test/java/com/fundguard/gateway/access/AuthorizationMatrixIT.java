package com.fundguard.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fundguard.gateway.support.GatewayClient;
import com.fundguard.gateway.support.GatewayITBase;
import com.fundguard.gateway.support.TestBed;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.http.HttpMethod;

/**
 * The authorization matrix, generated from the {@link AccessTable} itself: every line x every method x every role
 * (and no token) x own or another enterprise, through the real gateway over TLS, against recording services. An
 * allowed request must reach the service the line names, unchanged; a refused one must reach no service.
 */
class AuthorizationMatrixIT extends GatewayITBase {

    record Case(AccessRule rule, HttpMethod method, Role role, boolean ownEnterprise) {

        int expectedStatus() {
            return expected(rule.audience());
        }

        private int expected(Audience audience) {
            return switch (audience) {
                case Audience.Anyone ignored -> 200;
                case Audience.Agent ignored -> 401; // no client certificate: people never reach the agent API
                case Audience.People people -> role == null ? 401
                        : rule.template().contains("{enterpriseId}") && !ownEnterprise ? 403
                        : people.roles().contains(role) ? 200 : 403;
                case Audience.AnyEnterprise operators -> role == null ? 401 : operators.roles().contains(role) ? 200 : 403;
                case Audience.OwnerOfPath ignored -> role == null ? 401 : ownEnterprise ? 200 : 403;
                case Audience.ClientScope ignored -> role == null ? 401 : 403; // people's tokens carry no client scope
                case Audience.Either either -> either.alternatives().stream().map(this::expected).filter(s -> s == 200)
                        .findFirst().orElseGet(() -> expected(either.alternatives().getFirst()));
            };
        }

        @Override
        public String toString() {
            return method + " " + rule.template() + " as " + (role == null ? "nobody signed in" : role)
                    + (rule.template().contains("{enterpriseId}") ? (ownEnterprise ? " of the enterprise" : " of another enterprise") : "")
                    + " -> " + expectedStatus();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyLineOfTheTableAnswersEveryRoleOfOwnOrAnotherEnterpriseAsItSays() {
        List<Case> cases = new ArrayList<>();
        for (AccessRule rule : AccessTable.LINES) {
            for (HttpMethod method : rule.methods()) {
                for (Role role : withNobody()) {
                    cases.add(new Case(rule, method, role, true));
                    if (rule.template().contains("{enterpriseId}")) {
                        cases.add(new Case(rule, method, role, false));
                    }
                }
            }
        }
        GatewayClient client = client();
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> check(client, c)));
    }

    private void check(GatewayClient client, Case c) throws Exception {
        String subject = UUID.randomUUID().toString();
        String path = concrete(c.rule().template(), c.ownEnterprise() ? bed.enterprise : bed.otherEnterprise, subject);
        String requestId = "matrix-" + UUID.randomUUID();
        GatewayClient.Request request = client.request(c.method().name(), path).header("X-Request-Id", requestId);
        if (c.role() != null) {
            request.bearer(bed.token(subject, bed.enterprise, c.role()));
        }
        if (c.method() != HttpMethod.GET && c.method() != HttpMethod.DELETE) {
            request.json("{\"note\": \"" + requestId + "\"}");
        }

        HttpResponse<String> response = request.send();

        assertThat(response.statusCode()).as(c.toString()).isEqualTo(c.expectedStatus());
        List<TestBed.Received> reached = bed.receivedWith(requestId);
        if (c.expectedStatus() == 200 && c.rule().service() != Service.GATEWAY) {
            assertThat(reached).as("reached exactly the owning service").singleElement()
                    .satisfies(r -> {
                        assertThat(r.service()).isEqualTo(c.rule().service().id());
                        assertThat(r.method()).isEqualTo(c.method().name());
                        assertThat(r.path()).isEqualTo(path);
                    });
            assertThat(response.body()).contains("\"answeredBy\": \"" + c.rule().service().id() + "\"");
        } else {
            assertThat(reached).as("no service reached").isEmpty();
        }
        if (c.expectedStatus() >= 400) {
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.body()).contains("\"status\":" + c.expectedStatus());
        }
    }

    @Test
    void anApplicantCannotApproveNorAnAuditorSubmitNorAnAdminGrantThemselvesMoney() throws Exception {
        String transfer = "/api/enterprises/" + bed.enterprise + "/transfers";
        assertThat(as(Role.APPLICANT, "POST", transfer + "/t-1/approve")).isEqualTo(403);
        assertThat(as(Role.AUDITOR, "POST", transfer)).isEqualTo(403);
        assertThat(as(Role.ENTERPRISE_ADMIN, "POST", transfer + "/t-1/approve")).isEqualTo(403);
        assertThat(as(Role.PLATFORM_OPS, "GET", transfer)).isEqualTo(403);
        assertThat(as(Role.OPERATOR, "GET", transfer)).isEqualTo(403);
        assertThat(as(Role.APPLICANT, "POST", transfer)).isEqualTo(200);
        assertThat(as(Role.AUTHORIZER, "POST", transfer + "/t-1/approve")).isEqualTo(200);
    }

    @Test
    void platformOpsOnboardAnyEnterpriseButSeeNoneOfItsData() throws Exception {
        String someEnterprise = "/api/enterprises/" + UUID.randomUUID();
        assertThat(as(Role.PLATFORM_OPS, "PUT", someEnterprise)).isEqualTo(200);
        assertThat(as(Role.PLATFORM_OPS, "GET", someEnterprise)).isEqualTo(403);
        assertThat(as(Role.PLATFORM_OPS, "GET", someEnterprise + "/users")).isEqualTo(403);
        assertThat(as(Role.ENTERPRISE_ADMIN, "PUT", "/api/enterprises/" + bed.enterprise)).isEqualTo(403);
    }

    @Test
    void theOnboardingClientOnboardsAnyEnterpriseAndItsUsersButTouchesNoMoney() throws Exception {
        String onboarding = bed.clientToken("platform-onboarding", "platform.onboard");
        String someEnterprise = "/api/enterprises/" + UUID.randomUUID();

        assertThat(client().request("PUT", someEnterprise).bearer(onboarding).json("{}").send().statusCode()).isEqualTo(200);
        assertThat(client().request("PUT", someEnterprise + "/users/li.wei").bearer(onboarding).json("{}").send().statusCode()).isEqualTo(200);
        assertThat(client().request("GET", someEnterprise + "/transfers").bearer(onboarding).send().statusCode()).isEqualTo(403);
        assertThat(client().request("PUT", someEnterprise).bearer(bed.clientToken("reporting", "directory.read")).json("{}").send().statusCode())
                .isEqualTo(403);
    }

    @Test
    void anInboxIsOnlyItsOwnersEvenWithinTheEnterprise() throws Exception {
        String me = UUID.randomUUID().toString();
        String token = bed.token(me, bed.enterprise, Role.AUTHORIZER);
        String inbox = "/api/enterprises/" + bed.enterprise + "/users/";

        assertThat(client().request("GET", inbox + me + "/inbox").bearer(token).send().statusCode()).isEqualTo(200);
        HttpResponse<String> someoneElse = client().request("GET", inbox + UUID.randomUUID() + "/inbox").bearer(token).send();
        assertThat(someoneElse.statusCode()).isEqualTo(403);
        assertThat(someoneElse.body()).contains("https://fundguard.example/problems/other-user");
    }

    @Test
    void aPathOfAnotherEnterpriseIsRefusedAsSuchWithoutReachingTheService() throws Exception {
        String requestId = "tenant-" + UUID.randomUUID();
        HttpResponse<String> response = client().request("GET", "/api/enterprises/" + bed.otherEnterprise + "/transfers")
                .bearer(bed.token(UUID.randomUUID().toString(), bed.enterprise, Role.AUTHORIZER))
                .header("X-Request-Id", requestId).send();

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("\"type\":\"https://fundguard.example/problems/other-enterprise\"", "\"title\":\"Another enterprise\"");
        assertThat(bed.receivedWith(requestId)).isEmpty();
    }

    @Test
    void noTokenAForgedTokenAndAnExpiredTokenAreEach401WithABearerChallenge() throws Exception {
        String path = "/api/enterprises/" + bed.enterprise + "/transfers";
        String subject = UUID.randomUUID().toString();

        HttpResponse<String> none = client().request("GET", path).send();
        HttpResponse<String> forged = client().request("GET", path).bearer(bed.forgedToken(subject, bed.enterprise, Role.AUTHORIZER)).send();
        HttpResponse<String> expired = client().request("GET", path).bearer(bed.expiredToken(subject, bed.enterprise, Role.AUTHORIZER)).send();

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(none.body()).contains("problems/not-authenticated");
        for (HttpResponse<String> bad : List.of(forged, expired)) {
            assertThat(bad.statusCode()).isEqualTo(401);
            assertThat(bad.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
            assertThat(bad.body()).contains("problems/invalid-token");
        }
    }

    @Test
    void anUnknownPathIs404AndAKnownPathWithAnotherMethodIs405NamingTheAllowedOnes() throws Exception {
        String token = bed.token(UUID.randomUUID().toString(), bed.enterprise, Role.AUTHORIZER);
        HttpResponse<String> unknown = client().request("GET", "/api/admin/everything").bearer(token).send();
        HttpResponse<String> unknownAnonymous = client().request("GET", "/api/enterprises/" + bed.enterprise + "/secrets").send();
        HttpResponse<String> wrongMethod = client().request("DELETE", "/api/enterprises/" + bed.enterprise + "/transfers/t-1")
                .bearer(token).send();

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("problems/no-route");
        assertThat(unknownAnonymous.statusCode()).isEqualTo(404);
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("GET");
    }

    @Test
    void theSigningKeysAreFetchedOnceNotPerRequest() throws Exception {
        for (int i = 0; i < 20; i++) {
            as(Role.AUTHORIZER, "GET", "/api/enterprises/" + bed.enterprise + "/transfers");
        }
        assertThat(bed.jwksFetches.get()).isBetween(1, 2);
    }

    private int as(Role role, String method, String path) throws Exception {
        GatewayClient.Request request = client().request(method, path).bearer(bed.token(UUID.randomUUID().toString(), bed.enterprise, role));
        if (!method.equals("GET")) {
            request.json("{}");
        }
        return request.send().statusCode();
    }

    private static List<Role> withNobody() {
        List<Role> roles = new ArrayList<>(List.of(Role.values()));
        roles.add(null);
        return roles;
    }

    /** A real path for a template: the enterprise and user the case is about, a sample value for other variables. */
    private static String concrete(String template, UUID enterprise, String subject) {
        return template.replace("{enterpriseId}", enterprise.toString())
                .replace("{userId}", subject)
                .replace("{endpoint}", "prometheus")
                .replace("/**", "")
                .replaceAll("\\{[A-Za-z]+}", "sample-1");
    }
}
