package com.fundguard.local.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class SeedingTest {

    static final String UKEY_CERTIFICATE = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";

    @TempDir Path data;

    @Test
    void thePlanRegistersTheEnterpriseEveryRoleAndThePayerAccountAtTheSandboxAndTheConnector() {
        DemoLogins logins = DemoLogins.loadOrCreate(data, PlatformSecrets.withClients(DemoEnterprise.usernames()));

        List<Seeding.SeedCall> plan = Seeding.plan(logins, URI.create("https://localhost:8081"), URI.create("https://localhost:8090"), URI.create("https://localhost:8084"), UKEY_CERTIFICATE);

        assertThat(plan).hasSize(1 + 6 + 3);
        assertThat(plan.getFirst().uri().toString()).isEqualTo("https://localhost:8081/api/enterprises/" + DemoEnterprise.ID);
        assertThat(plan).extracting(call -> JsonMapper.builder().build().readTree(call.json()).path("roles").path(0).asString(""))
                .contains("APPLICANT", "AUDITOR", "AUTHORIZER", "OPERATOR", "ENTERPRISE_ADMIN", "PLATFORM_OPS");
        assertThat(plan.get(7).uri().toString()).isEqualTo("https://localhost:8090/sandbox/accounts/" + DemoEnterprise.PAYER_ACCOUNT);
        assertThat(plan.get(8).uri().getPath()).isEqualTo("/sandbox/accounts/" + DemoEnterprise.PAYER_ACCOUNT + "/online-banking");
        assertThat(JsonMapper.builder().build().readTree(plan.get(8).json()).get("signerCertificate").asString()).isEqualTo(UKEY_CERTIFICATE);
        assertThat(plan.get(9).uri().getPort()).isEqualTo(8084);
    }

    @Test
    void aUsersPasswordTravelsOnlyInItsOwnCallAndNeverInTheCallsDescription() {
        DemoLogins logins = DemoLogins.loadOrCreate(data, PlatformSecrets.withClients(DemoEnterprise.usernames()));
        String password = logins.passwordOf("liu.owner");

        List<Seeding.SeedCall> plan = Seeding.plan(logins, URI.create("https://localhost:8081"), URI.create("https://localhost:8090"), URI.create("https://localhost:8084"), UKEY_CERTIFICATE);

        String onlineBanking = logins.passwordOf(PlatformSecrets.ONLINE_BANKING);
        assertThat(plan).filteredOn(call -> call.json().contains(password)).singleElement()
                .satisfies(call -> assertThat(call.uri().getPath()).endsWith("/users/liu.owner"));
        assertThat(plan).filteredOn(call -> call.json().contains(onlineBanking)).singleElement()
                .satisfies(call -> assertThat(call.uri().getPath()).endsWith("/online-banking"));
        assertThat(plan).allSatisfy(call -> assertThat(call.toString()).doesNotContain(password).doesNotContain(onlineBanking));
    }

    @Test
    void createdAndAlreadyThereBothCountAsSeeded() {
        assertThat(Seeding.accepted(201)).isTrue();
        assertThat(Seeding.accepted(200)).isTrue();
        assertThat(Seeding.accepted(409)).isFalse();
        assertThat(Seeding.accepted(400)).isFalse();
    }
}
