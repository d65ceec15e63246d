package com.fundguard.local.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** One service as a child process of the launcher, its output streamed with a prefix and its last lines kept. */
public final class ServiceProcess {

    /** Fast start on a small machine; lazy initialization is not used, it would hide wiring errors until use. */
    static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k", "-Xmx384m");

    private final ServiceSpec spec;
    private final Process process;
    private final Deque<String> lastLines = new ArrayDeque<>();

    private ServiceProcess(ServiceSpec spec, Process process) {
        this.spec = spec;
        this.process = process;
    }

    public static ServiceProcess start(ServiceSpec spec, Path repository, Map<String, String> environment, Consumer<String> console) {
        Path jar = repository.resolve(spec.module()).resolve("target").resolve(spec.jarName());
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no " + jar + ": build first (./local-stack builds before it starts)");
        }
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        try {
            ServiceProcess service = new ServiceProcess(spec, builder.start());
            LogPump.pump(service.process.getInputStream(), line -> {
                service.remember(line);
                console.accept(LogLines.format(spec.name(), line));
            });
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + spec.name(), e);
        }
    }

    /** Asked over {@code http}, the launcher's mesh member: a mesh service answers nobody else. */
    public boolean healthy(HttpClient http) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(spec.healthUri())
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"status\":\"UP\"");
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public boolean alive() {
        return process.isAlive();
    }

    public ServiceSpec spec() {
        return spec;
    }

    public synchronized List<String> lastLines() {
        return List.copyOf(lastLines);
    }

    public void stop(Duration patience) {
        ChildProcesses.stop(process.toHandle(), patience);
    }

    private synchronized void remember(String line) {
        lastLines.addLast(line);
        if (lastLines.size() > 40) {
            lastLines.removeFirst();
        }
    }
}
