package com.fundguard.local.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import com.fundguard.local.process.ChildProcesses;
import org.apache.kafka.common.Uuid;
import com.fundguard.local.process.LogPump;
import java.util.function.Consumer;

/**
 * A real single-node Kafka broker in KRaft mode, as a child process running {@code kafka.Kafka} from this module's
 * libraries, with its log directory kept between starts. Formatted once (the cluster id is kept in the data
 * directory), so a restart finds its topics and offsets.
 */
public final class LocalKafka implements AutoCloseable {

    public static final int PORT = 19092;
    public static final int CONTROLLER_PORT = 19093;

    private final Process process;

    private LocalKafka(Process process) {
        this.process = process;
    }

    public static LocalKafka start(Path directory, String classPath, Consumer<String> log) {
        try {
            Files.createDirectories(directory);
            Path logs = directory.resolve("logs");
            Path properties = directory.resolve("server.properties");
            Files.writeString(properties, serverProperties(logs));
            if (!Files.exists(logs.resolve("meta.properties"))) {
                String clusterId = clusterId(directory);
                // "--name=value": an id kept from before Kafka's own generator was used may begin with '-', which the
                // tool would otherwise take for an option.
                Process format = java(classPath, List.of("kafka.tools.StorageTool", "format", "--cluster-id=" + clusterId,
                                "--config=" + properties))
                        .redirectErrorStream(true).start();
                String output = new String(format.getInputStream().readAllBytes());
                if (format.waitFor() != 0) {
                    throw new IllegalStateException("formatting the Kafka log directory failed: " + output);
                }
            }
            Process broker = java(classPath, List.of("kafka.Kafka", properties.toString())).redirectErrorStream(true).start();
            LogPump.pump(broker.getInputStream(), log);
            LocalKafka kafka = new LocalKafka(broker);
            kafka.awaitListening(Duration.ofSeconds(60));
            return kafka;
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka did not start", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting Kafka", e);
        }
    }

    static String serverProperties(Path logs) {
        return """
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@localhost:%2$d
                listeners=PLAINTEXT://localhost:%1$d,CONTROLLER://localhost:%2$d
                advertised.listeners=PLAINTEXT://localhost:%1$d
                controller.listener.names=CONTROLLER
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                inter.broker.listener.name=PLAINTEXT
                log.dirs=%3$s
                num.partitions=3
                offsets.topic.replication.factor=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                auto.create.topics.enable=false
                group.initial.rebalance.delay.ms=0
                """.formatted(PORT, CONTROLLER_PORT, logs.toAbsolutePath());
    }

    /** Kafka's cluster id: 16 random bytes in URL-safe Base64 without padding, kept with the data. */
    private static String clusterId(Path directory) throws IOException {
        Path file = directory.resolve("cluster-id");
        if (Files.exists(file)) {
            return Files.readString(file).strip();
        }
        // Kafka's own generator: base64url of 16 random bytes that never begins with '-' (one in 64 would otherwise).
        String id = Uuid.randomUuid().toString();
        Files.writeString(file, id);
        return id;
    }

    private static ProcessBuilder java(String classPath, List<String> mainAndArguments) {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx512m", "-XX:+UseSerialGC", "-Dlogback.configurationFile=kafka-logback.xml", "-cp", classPath));
        command.addAll(mainAndArguments);
        return new ProcessBuilder(command);
    }

    private void awaitListening(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka exited with " + process.exitValue() + " while starting");
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("localhost", PORT), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(250);
            }
        }
        throw new IllegalStateException("Kafka did not listen on " + PORT + " within " + timeout.toSeconds() + " s");
    }

    public String bootstrapServers() {
        return "localhost:" + PORT;
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    @Override
    public void close() {
        ChildProcesses.stop(process.toHandle(), Duration.ofSeconds(30));
    }
}
