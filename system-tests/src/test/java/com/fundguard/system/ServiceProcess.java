package com.fundguard.system;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One service running as its own operating-system process from its runnable jar, as in production: its own JVM,
 * its own port (mutual TLS of the {@link TestMesh}), its log in a file. {@link #kill()} is a SIGKILL, the crash a service cannot clean up after.
 */
final class ServiceProcess implements AutoCloseable {

    private final String name;
    private final Path jar;
    private final Map<String, String> environment;
    private final Path log;
    private final int port;
    private Process process;

    /** Whether it serves HTTPS: every mesh member, and a gateway given an SSL bundle. */
    private final boolean mesh;

    private ServiceProcess(String name, Path jar, Map<String, String> environment, Path log, int port, boolean mesh) {
        this.name = name;
        this.jar = jar;
        this.environment = environment;
        this.log = log;
        this.port = port;
        this.mesh = mesh;
    }

    static ServiceProcess start(String name, Map<String, String> environment) {
        Path jar = Path.of(System.getProperty("fundguard.service-jars"), name + "-exec.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no runnable jar of " + name + " at " + jar + ": run through Maven (verify)");
        }
        Path log = Path.of("target", "service-logs", name + ".log");
        try {
            Files.deleteIfExists(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Every service serves the test mesh (mTLS only); the gateway calls it and serves the tests on plain HTTP, or on
        // HTTPS when the test gives it an SSL bundle (agents need their client certificates to reach it).
        boolean mesh = !name.equals("gateway-service");
        Map<String, String> withMesh = new java.util.HashMap<>(mesh ? TestMesh.serving(name) : TestMesh.calling(name));
        withMesh.putAll(environment);
        // A test that must know the port before the service starts (other services name it) passes SERVER_PORT.
        int port = environment.containsKey("SERVER_PORT") ? Integer.parseInt(environment.get("SERVER_PORT")) : freePort();
        ServiceProcess service = new ServiceProcess(name, jar, withMesh, log, port, mesh || environment.containsKey("SERVER_SSL_BUNDLE"));
        service.start();
        return service;
    }

    void start() {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx320m",
                "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        try {
            Files.createDirectories(log.getParent());
            builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
        awaitHealthy();
    }

    private void awaitHealthy() {
        await(name + " healthy").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log.toAbsolutePath());
            }
            try {
                HttpResponse<String> health = TestMesh.HTTP.send(HttpRequest.newBuilder(uri("/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                return health.statusCode() == 200 && health.body().contains("\"UP\"");
            } catch (IOException notYet) {
                return false;
            }
        });
    }

    URI uri(String path) {
        return URI.create((mesh ? "https" : "http") + "://localhost:" + port + path);
    }

    /** SIGKILL: no shutdown hook, no graceful stop, no last transaction committed. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name + " on " + uri("");
    }
}
