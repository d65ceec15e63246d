package com.fundguard.agent;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/**
 * Where the agent finds the platform and keeps its identity. From the environment, never from the command line:
 * arguments are visible to every user of the machine ({@code ps}), and the keystore password is a secret.
 *
 * @param keystorePassword protects the agent's private key at rest; kept as chars so it can be wiped
 * @param platformCa       the CA the gateway's TLS certificate must chain to, when it is not a public one
 */
public record AgentSettings(URI gateway, UUID enterpriseId, String agentId, Path dataDirectory, char[] keystorePassword,
                            java.util.Optional<Path> platformCa) {

    public static AgentSettings fromEnvironment(Map<String, String> environment) {
        return new AgentSettings(
                URI.create(required(environment, "FUNDGUARD_GATEWAY_URL")),
                UUID.fromString(required(environment, "FUNDGUARD_ENTERPRISE_ID")),
                required(environment, "FUNDGUARD_AGENT_ID"),
                Path.of(environment.getOrDefault("FUNDGUARD_AGENT_DATA", System.getProperty("user.home") + "/.fundguard-agent")),
                required(environment, "FUNDGUARD_AGENT_KEYSTORE_PASSWORD").toCharArray(),
                java.util.Optional.ofNullable(environment.get("FUNDGUARD_PLATFORM_CA")).filter(s -> !s.isBlank()).map(Path::of));
    }

    private static String required(Map<String, String> environment, String name) {
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("set " + name + " in the agent's environment");
        }
        return value;
    }

    @Override
    public String toString() {
        return "AgentSettings[gateway=" + gateway + ", enterpriseId=" + enterpriseId + ", agentId=" + agentId
                + ", dataDirectory=" + dataDirectory + ", keystorePassword=(hidden)]";
    }
}
