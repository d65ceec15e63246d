package com.fundguard.reconciliation.statement.application;

import com.fundguard.reconciliation.statement.domain.ImportSummary;
import com.fundguard.reconciliation.statement.domain.StatementFormat;
import com.fundguard.reconciliation.statement.domain.StatementImport;
import com.fundguard.reconciliation.close.application.ClosedDays;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports statement files once per content. The upload is copied once to a temporary file while its SHA-256 and
 * size are taken (nothing of it is held in memory); a file already imported by the enterprise is answered with that
 * import and changes nothing. Otherwise, in one transaction, the import is claimed by its hash, the file is kept as
 * evidence, the format's reader walks it and its statements and lines are stored in batches, and the
 * statement-imported event is written to the outbox: a file is imported whole or not at all. A file that cannot be
 * read leaves nothing behind, not even its hash, so the same bytes are refused again (the reader's verdict is the
 * same) and import once a reader that can read them is deployed.
 */
public class StatementReception {

    private static final int COPY_BUFFER = 64 * 1024;

    private final StatementImports imports;
    private final StatementReaders readers;
    private final StatementEvents events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final long maxBytes;
    private final ClosedDays closedDays;

    /** @param closedDays asked before lines are written: a closed day takes no new lines (the daily close's hook) */
    public StatementReception(StatementImports imports, StatementReaders readers, StatementEvents events,
                              TransactionTemplate transactions, Clock clock, long maxBytes, ClosedDays closedDays) {
        this.closedDays = closedDays;
        this.imports = imports;
        this.readers = readers;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /** An upload: whose, which format (and CSV mapping), and the file's name for messages. */
    public record Upload(UUID enterpriseId, StatementFormat format, Optional<String> csvMapping, String source) {
    }

    /** The import, and whether this delivery was a repeat of it. */
    public record Reception(StatementImport statement, boolean duplicate) {
    }

    /**
     * @throws UploadRefused before anything is read or stored when the upload cannot be taken
     * @throws StatementNotStorable (or the reader's malformed-file exception) when the file cannot be read; nothing
     *         is stored
     */
    public Reception receive(Upload upload, InputStream body) {
        StatementFileReader reader = readers.readerFor(upload.enterpriseId(), upload.format(), upload.csvMapping());
        Path staged = null;
        try {
            staged = Files.createTempFile("statement-", ".upload");
            Staged file = stage(body, staged);
            Optional<StatementImport> earlier = imports.findByHash(upload.enterpriseId(), file.sha256());
            if (earlier.isPresent()) {
                return new Reception(earlier.get(), true);
            }
            try {
                return new Reception(transactions.execute(status -> importWhole(upload, reader, file)), false);
            } catch (DuplicateKeyException sameFileAtTheSameMoment) {
                return new Reception(imports.findByHash(upload.enterpriseId(), file.sha256())
                        .orElseThrow(() -> sameFileAtTheSameMoment), true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("staging the statement upload", e);
        } finally {
            if (staged != null) {
                try {
                    Files.deleteIfExists(staged);
                } catch (IOException e) {
                    // the temporary directory's own clean-up takes it; the import's outcome stands
                }
            }
        }
    }

    private record Staged(Path path, String sha256, long size) {
    }

    private Staged stage(InputStream body, Path target) throws IOException {
        MessageDigest sha256 = sha256();
        long size = 0;
        byte[] buffer = new byte[COPY_BUFFER];
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), sha256)) {
            int n;
            while ((n = body.read(buffer)) > 0) {
                size += n;
                if (size > maxBytes) {
                    throw new UploadRefused(UploadRefused.Reason.TOO_LARGE, "body",
                            "the file exceeds the limit of " + maxBytes + " bytes");
                }
                out.write(buffer, 0, n);
            }
        }
        if (size == 0) {
            throw new UploadRefused(UploadRefused.Reason.INVALID, "body", "the statement file is empty");
        }
        return new Staged(target, HexFormat.of().formatHex(sha256.digest()), size);
    }

    private StatementImport importWhole(Upload upload, StatementFileReader reader, Staged file) {
        UUID importId = UUID.randomUUID();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        imports.claim(importId, upload.enterpriseId(), upload.format(), upload.csvMapping(), file.sha256(),
                file.size(), now);
        imports.keepContent(importId, file.path());
        ImportSummary summary;
        try (StatementLines lines = imports.lines(upload.enterpriseId(), importId);
             InputStream content = new BufferedInputStream(Files.newInputStream(file.path()), COPY_BUFFER)) {
            StatementLineWriter writer = new StatementLineWriter(lines, upload.source(), upload.enterpriseId(), closedDays);
            reader.read(content, upload.source(), writer);
            summary = writer.summary();
            lines.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the staged statement file", e);
        }
        imports.complete(importId, summary);
        StatementImport imported = new StatementImport(importId, upload.enterpriseId(), upload.format(),
                upload.csvMapping(), file.sha256(), file.size(), now, StatementImport.Status.IMPORTED,
                Optional.of(summary));
        events.imported(imported);
        return imported;
    }

    public Optional<StatementImport> find(UUID enterpriseId, UUID importId) {
        return imports.find(enterpriseId, importId);
    }

    public List<StatementImport> latest(UUID enterpriseId, int limit) {
        return imports.latest(enterpriseId, limit);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
