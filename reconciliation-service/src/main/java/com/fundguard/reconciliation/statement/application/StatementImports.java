package com.fundguard.reconciliation.statement.application;

import com.fundguard.reconciliation.statement.domain.StatementImport;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface StatementImports {

    /** Adds the import with its content; a second import of the same content in the enterprise violates a key. */
    void add(StatementImport statement, byte[] content);

    Optional<StatementImport> find(UUID enterpriseId, UUID importId);

    Optional<StatementImport> findByHash(UUID enterpriseId, String sha256);

    List<StatementImport> latest(UUID enterpriseId, int limit);
}
