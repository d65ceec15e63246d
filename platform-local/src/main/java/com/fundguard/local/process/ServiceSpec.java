package com.fundguard.local.process;

import java.util.Map;

/**
 * One service of the local stack.
 *
 * @param name     short name for log prefixes
 * @param module   Maven module, whose target holds {@code <module>-0.1.0-exec.jar}
 * @param database its own database, or null (the gateway has none)
 * @param managementPort where its health answers over plain HTTP when its API port speaks TLS, or 0: the API port
 */
public record ServiceSpec(String name, String module, int port, String database, Map<String, String> environment, int managementPort) {

    public ServiceSpec(String name, String module, int port, String database, Map<String, String> environment) {
        this(name, module, port, database, environment, 0);
    }

    public int healthPort() {
        return managementPort == 0 ? port : managementPort;
    }

    public String jarName() {
        return module + "-0.1.0-exec.jar";
    }
}
