package com.fundguard.reconciliation.statement.application;

import com.fundguard.reconciliation.statement.domain.CsvColumnMapping;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The enterprises' saved CSV column mappings, by name within an enterprise. */
public interface CsvMappings {

    /** Saves the mapping under its name, replacing one of that name; true when it is new. */
    boolean save(UUID enterpriseId, CsvColumnMapping mapping, UUID savedBy, Instant savedAt);

    Optional<CsvColumnMapping> find(UUID enterpriseId, String name);

    List<CsvColumnMapping> all(UUID enterpriseId);
}
