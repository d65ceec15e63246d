package com.fundguard.reconciliation.statement.application;

import com.fundguard.reconciliation.statement.domain.StatementFormat;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds the reader for an upload: by {@code format()} among the readers there are, and for CSV the enterprise's saved
 * column mapping named in the upload.
 */
public class StatementReaders {

    /** Readers built from an enterprise's saved CSV mapping. */
    public interface CsvReaders {
        /** The reader for the enterprise's mapping of that name, empty when it has none so named. */
        Optional<StatementFileReader> forMapping(UUID enterpriseId, String mappingName);
    }

    private final Map<StatementFormat, StatementFileReader> byFormat = new EnumMap<>(StatementFormat.class);
    private final CsvReaders csv;

    public StatementReaders(List<StatementFileReader> readers, CsvReaders csv) {
        for (StatementFileReader reader : readers) {
            StatementFileReader before = byFormat.put(reader.format(), reader);
            if (before != null) {
                throw new IllegalStateException("two readers for " + reader.format() + ": "
                        + before.getClass().getName() + " and " + reader.getClass().getName());
            }
        }
        this.csv = csv;
    }

    /** The reader, or a refusal naming {@code format} or {@code mapping}. */
    public StatementFileReader readerFor(UUID enterpriseId, StatementFormat format, Optional<String> mapping) {
        if (format == StatementFormat.CSV) {
            String name = mapping.filter(m -> !m.isBlank()).orElseThrow(() -> new UploadRefused(
                    UploadRefused.Reason.INVALID, "mapping", "a CSV file is read with a saved column mapping: name it"));
            return csv.forMapping(enterpriseId, name).orElseThrow(() -> new UploadRefused(
                    UploadRefused.Reason.INVALID, "mapping", "the enterprise has no saved column mapping named " + name));
        }
        if (mapping.isPresent()) {
            throw new UploadRefused(UploadRefused.Reason.INVALID, "mapping",
                    "a column mapping is for CSV files only, not " + format);
        }
        StatementFileReader reader = byFormat.get(format);
        if (reader == null) {
            throw new UploadRefused(UploadRefused.Reason.NO_READER, "format", "no reader for " + format + " yet");
        }
        return reader;
    }
}
