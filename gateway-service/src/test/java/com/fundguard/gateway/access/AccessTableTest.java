package com.fundguard.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/** The table read on its own, without a gateway: no line is hidden by an earlier one, and what it omits is refused. */
class AccessTableTest {

    @Test
    void everyLineDecidesItsOwnPathsNoEarlierLineHidesIt() {
        for (AccessRule rule : AccessTable.LINES) {
            String path = rule.template().replace("/**", "/deeper/still").replaceAll("\\{[A-Za-z]+}", "v-1");
            for (HttpMethod method : rule.methods()) {
                assertThat(AccessTable.lookup(method, path))
                        .as("%s %s", method, path)
                        .isEqualTo(new AccessTable.Lookup.Found(rule, rule.match(org.springframework.http.server.PathContainer.parsePath(path)).orElseThrow()));
            }
        }
    }

    @Test
    void noMethodAndTemplateAppearsTwice() {
        Set<String> seen = new HashSet<>();
        for (AccessRule rule : AccessTable.LINES) {
            for (HttpMethod method : rule.methods()) {
                assertThat(seen.add(method + " " + rule.template())).as("%s %s twice", method, rule.template()).isTrue();
            }
        }
    }

    @Test
    void aPathNoLineNamesIsNoRouteAndAKnownPathWithAnotherMethodNamesTheAllowedOnes() {
        assertThat(AccessTable.lookup(HttpMethod.GET, "/api/enterprises/e-1/secrets")).isInstanceOf(AccessTable.Lookup.NoRoute.class);
        assertThat(AccessTable.lookup(HttpMethod.GET, "/internal/anything")).isInstanceOf(AccessTable.Lookup.NoRoute.class);
        assertThat(AccessTable.lookup(HttpMethod.DELETE, "/api/enterprises/e-1/transfers"))
                .isEqualTo(new AccessTable.Lookup.WrongMethod(Set.of(HttpMethod.GET, HttpMethod.POST)));
    }

    @Test
    void everyEnterpriseScopedLineIsUnderTheEnterprisesPathAndEveryEnterprisePathNamesTheEnterprise() {
        for (AccessRule rule : AccessTable.LINES) {
            assertThat(rule.template().startsWith("/api/enterprises/"))
                    .as(rule.id())
                    .isEqualTo(rule.template().contains("{enterpriseId}"));
        }
    }

    /** One API of reconciliation-service as its controllers declare it, and who the table lets call it. */
    record ReconciliationApi(HttpMethod method, String path, Set<Role> roles) {
    }

    static final Set<Role> ACCOUNTING = Set.of(Role.AUDITOR, Role.AUTHORIZER);
    static final String R = "/api/enterprises/e-1";

    /** Every endpoint of reconciliation-service (its adapter.in.web controllers and README, and the reports coming). */
    static final List<ReconciliationApi> RECONCILIATION_APIS = List.of(
            new ReconciliationApi(POST, R + "/statements", ACCOUNTING),
            new ReconciliationApi(GET, R + "/statements", ACCOUNTING),
            new ReconciliationApi(GET, R + "/statements/i-1", ACCOUNTING),
            new ReconciliationApi(GET, R + "/statement-mappings", ACCOUNTING),
            new ReconciliationApi(GET, R + "/statement-mappings/icbc-export", ACCOUNTING),
            new ReconciliationApi(PUT, R + "/statement-mappings/icbc-export", ACCOUNTING),
            new ReconciliationApi(GET, R + "/discrepancies", ACCOUNTING),
            new ReconciliationApi(POST, R + "/discrepancies", ACCOUNTING),
            new ReconciliationApi(GET, R + "/discrepancies/c-1", ACCOUNTING),
            new ReconciliationApi(GET, R + "/discrepancies/c-1/attachments/a-1", ACCOUNTING),
            new ReconciliationApi(PUT, R + "/discrepancies/c-1/owner", ACCOUNTING),
            new ReconciliationApi(POST, R + "/discrepancies/c-1/queries", ACCOUNTING),
            new ReconciliationApi(POST, R + "/discrepancies/c-1/replies", ACCOUNTING),
            new ReconciliationApi(POST, R + "/discrepancies/c-1/proposal", ACCOUNTING),
            new ReconciliationApi(POST, R + "/discrepancies/c-1/approval", ACCOUNTING),
            new ReconciliationApi(POST, R + "/discrepancies/c-1/refusal", ACCOUNTING),
            new ReconciliationApi(PUT, R + "/accounts/CN6222000011119999/books", ACCOUNTING),
            new ReconciliationApi(GET, R + "/accounts/CN6222000011119999/books", ACCOUNTING),
            new ReconciliationApi(GET, R + "/accounts/CN6222000011119999/days/2026-12-01", ACCOUNTING),
            new ReconciliationApi(POST, R + "/accounts/CN6222000011119999/days/2026-12-01/close", ACCOUNTING),
            new ReconciliationApi(GET, R + "/accounts/CN6222000011119999/days/2026-12-01/report", ACCOUNTING),
            new ReconciliationApi(POST, R + "/transfers/t-1/recall", Set.of(Role.AUTHORIZER)),
            new ReconciliationApi(GET, R + "/transfers/t-1/recall", ACCOUNTING),
            new ReconciliationApi(GET, R + "/reports/open-cases", ACCOUNTING),
            new ReconciliationApi(GET, R + "/reports/match-rates", ACCOUNTING));

    @Test
    void reconciliationIsTheAccountingSidesAndARecallTheAuthorizersAlone() {
        for (ReconciliationApi api : RECONCILIATION_APIS) {
            assertThat(AccessTable.lookup(api.method(), api.path()))
                    .as("%s %s", api.method(), api.path())
                    .isInstanceOfSatisfying(AccessTable.Lookup.Found.class, found -> {
                        assertThat(found.rule().service()).isEqualTo(Service.RECONCILIATION);
                        assertThat(found.rule().audience()).isEqualTo(new Audience.People(api.roles()));
                        assertThat(found.variables()).containsEntry("enterpriseId", "e-1");
                    });
        }
    }

    @Test
    void everyReconciliationLineIsOneOfItsApisNothingMoreIsForwardedToIt() {
        for (AccessRule rule : AccessTable.LINES) {
            if (rule.service() != Service.RECONCILIATION) {
                continue;
            }
            for (HttpMethod method : rule.methods()) {
                assertThat(RECONCILIATION_APIS)
                        .as("%s %s is forwarded to reconciliation-service but is none of its APIs", method, rule.template())
                        .anySatisfy(api -> {
                            assertThat(api.method()).isEqualTo(method);
                            assertThat(rule.match(org.springframework.http.server.PathContainer.parsePath(api.path()))).isPresent();
                        });
            }
        }
    }

    @Test
    void whatReconciliationServiceDoesNotOfferIsRefusedByDefault() {
        assertThat(AccessTable.lookup(DELETE, R + "/statements/i-1")).isEqualTo(new AccessTable.Lookup.WrongMethod(Set.of(GET)));
        assertThat(AccessTable.lookup(DELETE, R + "/statement-mappings/icbc-export"))
                .isEqualTo(new AccessTable.Lookup.WrongMethod(Set.of(GET, PUT)));
        assertThat(AccessTable.lookup(PATCH, R + "/discrepancies/c-1")).isEqualTo(new AccessTable.Lookup.WrongMethod(Set.of(GET)));
        assertThat(AccessTable.lookup(GET, R + "/discrepancies/c-1/approval")).isEqualTo(new AccessTable.Lookup.WrongMethod(Set.of(POST)));
        assertThat(AccessTable.lookup(GET, R + "/accounts/CN6222000011119999/days/2026-12-01/close"))
                .isEqualTo(new AccessTable.Lookup.WrongMethod(Set.of(POST)));
        assertThat(AccessTable.lookup(DELETE, R + "/transfers/t-1/recall")).isEqualTo(new AccessTable.Lookup.WrongMethod(Set.of(GET, POST)));
        assertThat(AccessTable.lookup(GET, R + "/discrepancies/c-1/attachments")).isInstanceOf(AccessTable.Lookup.NoRoute.class);
        assertThat(AccessTable.lookup(GET, R + "/reports/everything")).isInstanceOf(AccessTable.Lookup.NoRoute.class);
        assertThat(AccessTable.lookup(GET, R + "/statements/i-1/lines")).isInstanceOf(AccessTable.Lookup.NoRoute.class);
        assertThat(AccessTable.lookup(GET, R + "/accounts/CN6222000011119999/days")).isInstanceOf(AccessTable.Lookup.NoRoute.class);
    }
}
