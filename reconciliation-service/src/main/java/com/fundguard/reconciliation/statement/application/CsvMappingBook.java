package com.fundguard.reconciliation.statement.application;

import com.fundguard.reconciliation.statement.domain.CsvColumnMapping;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** An enterprise's saved CSV column mappings: saved only when readable, named by the uploads that use them. */
public class CsvMappingBook {

    /** The mapping cannot be read with: every problem, each naming its field. Nothing was saved. */
    public static class MappingRefused extends RuntimeException {
        private final List<CsvColumnMapping.Problem> problems;

        MappingRefused(List<CsvColumnMapping.Problem> problems) {
            super("the column mapping has " + problems.size() + " problem(s)");
            this.problems = List.copyOf(problems);
        }

        public List<CsvColumnMapping.Problem> problems() {
            return problems;
        }
    }

    private final CsvMappings mappings;
    private final Clock clock;

    public CsvMappingBook(CsvMappings mappings, Clock clock) {
        this.mappings = mappings;
        this.clock = clock;
    }

    /** @return true when the name was new, false when it replaced the enterprise's mapping of that name */
    public boolean save(UUID enterpriseId, UUID person, CsvColumnMapping mapping) {
        List<CsvColumnMapping.Problem> problems = mapping.problems();
        if (!problems.isEmpty()) {
            throw new MappingRefused(problems);
        }
        return mappings.save(enterpriseId, mapping, person, clock.instant());
    }

    public Optional<CsvColumnMapping> find(UUID enterpriseId, String name) {
        return mappings.find(enterpriseId, name);
    }

    public List<CsvColumnMapping> all(UUID enterpriseId) {
        return mappings.all(enterpriseId);
    }
}
