package com.fundguard.local.process;

import java.net.URI;
import java.util.Map;

/**
 * One service of the local stack.
 *
 * @param name           short name for log prefixes
 * @param module         Maven module, whose target holds {@code <module>-0.1.0-exec.jar}
 * @param database       its own database, or null (the gateway has none)
 * @param managementPort where its health answers over plain HTTP when its API port speaks TLS to the outside
 *                       (the gateway), or 0: the API port
 * @param mesh           whether its port serves the service mesh (TLS needing a mesh client certificate)
 */
public record ServiceSpec(String name, String module, int port, String database, Map<String, String> environment, int managementPort,
                          boolean mesh) {

    /** A service of the mesh: reached only by other mesh members over mTLS. */
    public static ServiceSpec inMesh(String name, String module, int port, String database) {
        return new ServiceSpec(name, module, port, database, Map.of(), 0, true);
    }

    /** Where other services reach it. */
    public URI baseUri() {
        return URI.create((mesh ? "https" : "http") + "://localhost:" + port);
    }

    public URI healthUri() {
        return managementPort == 0 ? baseUri().resolve("/actuator/health") : URI.create("http://localhost:" + managementPort + "/actuator/health");
    }

    public String jarName() {
        return module + "-0.1.0-exec.jar";
    }
}
