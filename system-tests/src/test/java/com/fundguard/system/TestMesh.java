package com.fundguard.system;

import com.fundguard.crypto.mesh.MeshMember;
import com.fundguard.crypto.mesh.ServiceMesh;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import javax.net.ssl.SSLContext;

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

    /** A service's own port serves the mesh and it calls the others over it. */
    static Map<String, String> serving(String service) {
        return MESH.issue(service).writeTo(FILES).springBootServiceEnvironment();
    }

    /** The gateway: it calls the services over the mesh and serves people and agents on a port of its own. */
    static Map<String, String> calling(String service) {
        return MESH.issue(service).writeTo(FILES).springBootClientEnvironment();
    }
}
