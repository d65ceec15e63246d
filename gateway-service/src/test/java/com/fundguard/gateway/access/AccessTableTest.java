package com.fundguard.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
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
}
