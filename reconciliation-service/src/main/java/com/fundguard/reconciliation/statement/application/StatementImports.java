package com.fundguard.reconciliation.statement.application;

import com.fundguard.reconciliation.statement.domain.ImportSummary;
import com.fundguard.reconciliation.statement.domain.StatementFormat;
import com.fundguard.reconciliation.statement.domain.StatementImport;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The imports, their statements and lines, and the files themselves as evidence. Called inside one transaction. */
public interface StatementImports {

    /**
     * Claims the content for a new import before the file is read, so that an upload of the same bytes racing this
     * one waits on the (enterprise, hash) key instead of reading the file too; a second import of the same content
     * in the enterprise violates that key ({@code DuplicateKeyException}).
     */
    void claim(UUID importId, UUID enterpriseId, StatementFormat format, Optional<String> csvMapping, String sha256,
               long sizeBytes, Instant importedAt);

    /** Keeps the file as received, streamed from {@code file}, with its import. */
    void keepContent(UUID importId, Path file);

    /** Where the file's statements and lines go as the reader walks it (batched); flushed before {@link #complete}. */
    StatementLines lines(UUID enterpriseId, UUID importId);

    /** What the file held, once it has been read whole. */
    void complete(UUID importId, ImportSummary summary);

    Optional<StatementImport> find(UUID enterpriseId, UUID importId);

    Optional<StatementImport> findByHash(UUID enterpriseId, String sha256);

    List<StatementImport> latest(UUID enterpriseId, int limit);
}
