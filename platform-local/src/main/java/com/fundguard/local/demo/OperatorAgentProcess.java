package com.fundguard.local.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The operator agent as the operator runs it: its own process from its runnable jar, configured by environment
 * variables only (arguments are visible to every user of the machine), its output in a log file.
 */
public final class OperatorAgentProcess implements AutoCloseable {

    private final Path jar;
    private final Map<String, String> environment;
    private final Path log;
    private Process running;

    public OperatorAgentProcess(Path jar, Map<String, String> environment, Path log) {
        if (!Files.isRegularFile(jar)) {
            throw new DemoFailedException("no operator agent at " + jar + " (build it: ./mvnw -DskipTests install)");
        }
        this.jar = jar;
        this.environment = Map.copyOf(environment);
        this.log = log;
    }

    /** Runs one command to its end ({@code init}, {@code enrol}, {@code status}); returns its output, or fails with it. */
    public String once(String command, Map<String, String> extra) {
        Process process = start(command, extra, null);
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new DemoFailedException("operator agent `" + command + "` did not finish");
            }
            if (process.exitValue() != 0) {
                throw new DemoFailedException("operator agent `" + command + "` failed (" + process.exitValue() + "): " + output.strip());
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoFailedException("interrupted");
        }
    }

    /** Starts {@code run}: the agent polls, executes and reports until stopped. */
    public void startRunning() {
        running = start("run", Map.of(), log);
    }

    public boolean running() {
        return running != null && running.isAlive();
    }

    /** SIGKILL, as a power cut or a crash would end it: no shutdown hook, nothing reported on the way out. */
    public void kill() {
        if (running != null) {
            try {
                running.destroyForcibly().waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        if (running != null && running.isAlive()) {
            running.destroy();
            try {
                if (!running.waitFor(10, TimeUnit.SECONDS)) {
                    running.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Process start(String command, Map<String, String> extra, Path output) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> line = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m", "-jar", jar.toString(), command));
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
        Map<String, String> all = new HashMap<>(environment);
        all.putAll(extra);
        builder.environment().putAll(all);
        try {
            if (output != null) {
                Files.createDirectories(output.getParent());
                builder.redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the operator agent", e);
        }
    }

    @Override
    public String toString() {
        return "OperatorAgentProcess[" + jar + "]";
    }
}
