package com.fundguard.system;

import com.fundguard.crypto.mesh.MeshMember;
import com.fundguard.crypto.mesh.ServiceMesh;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The service mesh of one system-test run, as the local stack runs it: every service serves mutual TLS with a
 * certificate of this run's mesh CA and calls the others with it; the gateway is a member as a client. The tests
 * themselves call services directly as one more member ({@code system-tests}), the way operators' tooling would.
 */
final class TestMesh {

    static final ServiceMesh MESH = ServiceMesh.create("FundGuard System-Test Mesh", Clock.systemUTC());
    static final Path FILES = Path.of("target", "mesh-" + UUID.randomUUID());
    static final MeshMember TESTS = MESH.issue("system-tests");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).sslContext(TESTS.sslContext()).build();

    private TestMesh() {
    }

    static SSLContext tls() {
        return TESTS.sslContext();
    }

    /**
     * A client that trusts this run's mesh CA (so a refusal is the server's) and presents {@code identity}'s key and
     * certificate, or nothing when null.
     */
    static HttpClient clientPresenting(KeyStore identity) {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(identity, new char[0]);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(TESTS.trustStore());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(identity == null ? null : keys.getKeyManagers(), trust.getTrustManagers(), null);
            return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).sslContext(context).build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A service's own port serves the mesh and it calls the others over it. */
    static Map<String, String> serving(String service) {
        return MESH.issue(service).writeTo(FILES).springBootServiceEnvironment();
    }

    /** The gateway: it calls the services over the mesh and serves people and agents on a port of its own. */
    static Map<String, String> calling(String service) {
        return MESH.issue(service).writeTo(FILES).springBootClientEnvironment();
    }
}
