package com.fundguard.local.process;

import java.util.Map;

/**
 * One service of the local stack.
 *
 * @param name     short name for log prefixes
 * @param module   Maven module, whose target holds {@code <module>-0.1.0-exec.jar}
 * @param database its own database, or null (the gateway has none)
 */
public record ServiceSpec(String name, String module, int port, String database, Map<String, String> environment) {

    public String jarName() {
        return module + "-0.1.0-exec.jar";
    }
}
