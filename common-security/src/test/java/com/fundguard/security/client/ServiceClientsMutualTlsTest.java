package com.fundguard.security.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fundguard.crypto.mesh.MeshMember;
import com.fundguard.crypto.mesh.ServiceMesh;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslStoreBundle;
import org.springframework.security.oauth2.client.ClientAuthorizationException;

/**
 * A service calling another over the mesh: a real HTTPS server (JDK) that needs a client certificate from the mesh CA
 * serves both identity-service's token endpoint and the callee's API.
 */
class ServiceClientsMutualTlsTest {

    final ServiceMesh mesh = ServiceMesh.create("FundGuard Test Service Mesh", Clock.systemUTC());
    final MeshMember callee = mesh.issue("rules-service");
    final List<String> peers = new CopyOnWriteArrayList<>();
    final List<String> calleeAuthorizations = new CopyOnWriteArrayList<>();
    HttpsServer server;

    @BeforeEach
    void aCalleeThatNeedsAMeshCertificate() throws Exception {
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(callee.sslContext()) {
            @Override
            public void configure(HttpsParameters parameters) {
                SSLParameters ssl = getSSLContext().getDefaultSSLParameters();
                ssl.setNeedClientAuth(true);
                parameters.setSSLParameters(ssl);
            }
        });
        server.createContext("/oauth2/token", exchange -> {
            peers.add("token:" + ((HttpsExchange) exchange).getSSLSession().getPeerPrincipal().getName());
            byte[] body = "{\"access_token\":\"token-1\",\"token_type\":\"Bearer\",\"expires_in\":300}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/api/things", exchange -> {
            peers.add("api:" + ((HttpsExchange) exchange).getSSLSession().getPeerPrincipal().getName());
            calleeAuthorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void callsAnotherServiceAsItselfOverMutualTlsAndFetchesItsTokenTheSameWay() {
        ServiceClients clients = clientsWith(SslStoreBundle.of(mesh.issue("approval-service").keyStore(), "", callee.trustStore()));

        clients.asThisService(base()).get().uri("/api/things").retrieve().toBodilessEntity();
        clients.asThisService(base()).get().uri("/api/things").retrieve().toBodilessEntity();

        assertThat(calleeAuthorizations).containsExactly("Bearer token-1", "Bearer token-1");
        assertThat(peers).containsExactly("token:CN=approval-service,OU=service,O=FundGuard",
                "api:CN=approval-service,OU=service,O=FundGuard", "api:CN=approval-service,OU=service,O=FundGuard");
    }

    @Test
    void aCallerWithoutAMeshCertificateIsRefusedBeforeAnyRequestIsRead() {
        ServiceClients clients = clientsWith(SslStoreBundle.of(null, null, callee.trustStore()));

        assertThatThrownBy(() -> clients.asThisService(base()).get().uri("/api/things").retrieve().toBodilessEntity())
                .isInstanceOf(ClientAuthorizationException.class).hasMessageContaining("I/O error on POST request");
        assertThat(peers).isEmpty();
    }

    @Test
    void aCallerWithACertificateOfAnotherCaIsRefused() {
        MeshMember stranger = ServiceMesh.create("FundGuard Test Service Mesh", Clock.systemUTC()).issue("approval-service");
        ServiceClients clients = clientsWith(SslStoreBundle.of(stranger.keyStore(), "", callee.trustStore()));

        assertThatThrownBy(() -> clients.asThisService(base()).get().uri("/api/things").retrieve().toBodilessEntity())
                .isInstanceOf(ClientAuthorizationException.class).hasMessageContaining("I/O error on POST request");
        assertThat(peers).isEmpty();
    }

    private ServiceClients clientsWith(SslStoreBundle stores) {
        var settings = HttpClientSettings.ofSslBundle(SslBundle.of(stores)).orElse(ServiceClientsAutoConfiguration.FALLBACK);
        var credentials = new ServiceClientCredentials(URI.create(base() + "/oauth2/token"), "approval-service", "s3cret-value", Set.of());
        return new ServiceClients(ClientHttpRequestFactoryBuilder.jdk().build(settings), credentials);
    }

    private String base() {
        return "https://localhost:" + server.getAddress().getPort();
    }
}
