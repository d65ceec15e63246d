package com.fundguard.local.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fundguard.local.pki.LocalPki;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceWiringTest {

    @TempDir Path data;

    LocalPki pki() {
        return LocalPki.prepare(data, "ca-keystore-secret".toCharArray(), ServiceCatalog.meshMembers().stream().map(ServiceSpec::module).toList());
    }

    @Test
    void everyServiceBehindTheGatewayServesOnlyMutualTlsAndCallsTheOthersOverIt() {
        LocalPki pki = pki();
        for (ServiceSpec spec : ServiceCatalog.ALL) {
            if (spec == ServiceCatalog.GATEWAY) {
                continue;
            }
            Map<String, String> environment = ServiceWiring.environmentOf(spec, pki);
            assertThat(environment).as(spec.name()).containsEntry("SERVER_SSL_CLIENT_AUTH", "need").containsEntry("SERVER_SSL_BUNDLE", "mesh")
                    .containsEntry("SPRING_HTTP_CLIENTS_SSL_BUNDLE", "mesh");
            assertThat(environment.values()).as(spec.name()).noneMatch(value -> value.startsWith("http://"));
            assertThat(spec.baseUri().getScheme()).isEqualTo("https");
        }
    }

    @Test
    void theGatewayReachesEveryServiceOverTheMeshAndServesPeopleAndAgentsOnItsOwnCertificate() {
        Map<String, String> environment = ServiceWiring.environmentOf(ServiceCatalog.GATEWAY, pki());

        assertThat(environment).containsEntry("SPRING_HTTP_CLIENTS_SSL_BUNDLE", "mesh").doesNotContainKey("SERVER_SSL_CLIENT_AUTH");
        assertThat(environment.entrySet()).filteredOn(entry -> entry.getKey().startsWith("FUNDGUARD_GATEWAY_SERVICES_")).hasSize(7)
                .allSatisfy(entry -> assertThat(entry.getValue()).startsWith("https://localhost:"));
        assertThat(environment).containsEntry("FUNDGUARD_GATEWAY_IDENTITY_ISSUER", "https://localhost:8080");
    }

    @Test
    void identityBelievesForwardedAgentCertificatesOnlyFromTheGatewayAndNamesThePublicAddressAsIssuer() {
        Map<String, String> environment = ServiceWiring.environmentOf(ServiceCatalog.IDENTITY, pki());

        assertThat(environment).containsEntry("FUNDGUARD_IDENTITY_CLIENT_CERTIFICATE_FORWARDER", "gateway-service")
                .containsEntry("FUNDGUARD_IDENTITY_ISSUER", "https://localhost:8080");
    }

    @Test
    void theSimulatedBanksChannelAcceptsAgentsOfThePlatformCaAndTheConnectorOfTheMeshWhichKnowsWhereItIs() {
        LocalPki pki = pki();
        assertThat(ServiceWiring.environmentOf(ServiceCatalog.BANK_SANDBOX, pki))
                .containsEntry("SPRING_SSL_BUNDLE_PEM_MESH_TRUSTSTORE_CERTIFICATE", "file:" + pki.file(LocalPki.BANK_CLIENTS));
        assertThat(ServiceWiring.environmentOf(ServiceCatalog.BANK_CONNECTOR, pki))
                .containsEntry("FUNDGUARD_BANKS_CHANNELS_FGSANDBOX_URI", "https://localhost:8090/channel/v1")
                .containsEntry("FUNDGUARD_BANKS_CHANNELS_FGSANDBOX_SSL_BUNDLE", "mesh");
    }
}
