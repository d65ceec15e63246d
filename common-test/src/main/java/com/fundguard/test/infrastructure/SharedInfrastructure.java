package com.fundguard.test.infrastructure;

import org.testcontainers.DockerClientFactory;

/**
 * The one {@link RealInfrastructure} of this JVM: started on first use, shared by every test class, stopped
 * when the JVM exits. {@code -Dfundguard.test.infrastructure=embedded|testcontainers} forces a choice;
 * otherwise Testcontainers is used where a Docker engine answers and embedded binaries everywhere else.
 */
public final class SharedInfrastructure {

    public static final String CHOICE_PROPERTY = "fundguard.test.infrastructure";

    private SharedInfrastructure() {
    }

    public static RealInfrastructure get() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        private static final RealInfrastructure INSTANCE = start();

        private static RealInfrastructure start() {
            String choice = System.getProperty(CHOICE_PROPERTY, "auto");
            boolean containers = switch (choice) {
                case "embedded" -> false;
                case "testcontainers" -> true;
                case "auto" -> dockerAnswers();
                default -> throw new IllegalStateException(
                        CHOICE_PROPERTY + " must be embedded, testcontainers or auto, not " + choice);
            };
            StartedInfrastructure infrastructure = containers ? new ContainerInfrastructure() : new EmbeddedInfrastructure();
            Runtime.getRuntime().addShutdownHook(new Thread(infrastructure::stop, "stop-test-infrastructure"));
            return infrastructure;
        }

        private static boolean dockerAnswers() {
            // Asking Testcontainers on a machine without any Docker endpoint only logs a page of errors.
            boolean endpointConfigured = System.getenv("DOCKER_HOST") != null
                    || java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"))
                    || java.nio.file.Files.exists(java.nio.file.Path.of(System.getProperty("user.home"), ".testcontainers.properties"));
            if (!endpointConfigured) {
                return false;
            }
            try {
                return DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError noDocker) {
                return false;
            }
        }
    }
}
