package com.fundguard.agent.execution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the agent must remember across a crash: the claim it holds and how far the attempt got. One small JSON file in
 * the data directory ({@code execution-journal.json}), owner-only, replaced atomically: written to a temporary file,
 * forced to disk, moved over the old one, and the directory forced, before the step it records is acted on. It holds
 * ids, the step and the result; never a password, a PIN or a token.
 */
public final class Journal {

    static final String FILE = "execution-journal.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path directory;
    private final Path file;

    public Journal(Path dataDirectory) {
        this.directory = dataDirectory;
        this.file = dataDirectory.resolve(FILE);
    }

    /** One attempt as far as it got. {@code result} is present from {@link ExecutionStep#RESULT_KNOWN} on. */
    public record Entry(UUID claimId, UUID transferId, String reference, ExecutionStep step, Optional<ExecutionReport> result) {

        public Entry at(ExecutionStep next) {
            return new Entry(claimId, transferId, reference, next, result);
        }

        public Entry withResult(ExecutionReport report) {
            return new Entry(claimId, transferId, reference, ExecutionStep.RESULT_KNOWN, Optional.of(report));
        }
    }

    public Optional<Entry> current() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(Files.readString(file));
            Optional<ExecutionReport> result = Optional.ofNullable(node.get("result")).filter(r -> !r.isNull())
                    .map(r -> new ExecutionReport(ExecutionReport.Outcome.valueOf(r.get("outcome").asString()),
                            text(r, "bankReference"), text(r, "reasonCode"), text(r, "detail")));
            return Optional.of(new Entry(UUID.fromString(node.get("claimId").asString()), UUID.fromString(node.get("transferId").asString()),
                    text(node, "reference"), ExecutionStep.valueOf(node.get("step").asString()), result));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the execution journal " + file, e);
        }
    }

    /** Durably records the entry: when this returns, a crash cannot lose it. */
    public void record(Entry entry) {
        ObjectNode node = JSON.createObjectNode()
                .put("claimId", entry.claimId().toString())
                .put("transferId", entry.transferId().toString())
                .put("reference", entry.reference())
                .put("step", entry.step().name());
        entry.result().ifPresent(report -> node.putObject("result")
                .put("outcome", report.outcome().name())
                .put("bankReference", report.bankReference())
                .put("reasonCode", report.reasonCode())
                .put("detail", report.detail()));
        byte[] bytes = node.toString().getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, ".journal", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            try (FileChannel directoryChannel = FileChannel.open(directory, StandardOpenOption.READ)) {
                directoryChannel.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the execution journal " + file, e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
