package com.fundguard.reconciliation.statement.adapter.out.persistence;

import com.fundguard.reconciliation.statement.application.CsvMappings;
import com.fundguard.reconciliation.statement.domain.CsvColumnMapping;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Saved CSV mappings as JSON documents (statement_csv_mapping.definition), one row per enterprise and name. */
public class JdbcCsvMappings implements CsvMappings {

    /** The stored form: the API's field names, so a row reads as the request that saved it. */
    record Definition(String delimiter, String charset, int headerRows, int footerRows, String dateFormat,
                      String decimalSeparator, String groupingSeparator, Map<String, String> columns,
                      String signConvention, String fixedCurrency, String fixedAccount) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public JdbcCsvMappings(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public boolean save(UUID enterpriseId, CsvColumnMapping m, UUID savedBy, Instant savedAt) {
        Map<String, String> columns = new LinkedHashMap<>();
        m.columns().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(c -> columns.put(c.getKey().json(), c.getValue()));
        String definition = json.writeValueAsString(new Definition(m.delimiter(), m.charset(), m.headerRows(),
                m.footerRows(), m.dateFormat(), m.decimalSeparator(), m.groupingSeparator().orElse(null), columns,
                m.signConvention().map(Enum::name).orElse(null), m.fixedCurrency().orElse(null),
                m.fixedAccount().orElse(null)));
        // xmax = 0 only for a row this statement inserted (PostgreSQL): tells a new name from a replaced mapping.
        return jdbc.sql("INSERT INTO statement_csv_mapping (enterprise_id, name, definition, saved_by, saved_at)"
                        + " VALUES (?, ?, ?::jsonb, ?, ?) ON CONFLICT (enterprise_id, name) DO UPDATE SET"
                        + " definition = excluded.definition, saved_by = excluded.saved_by, saved_at = excluded.saved_at"
                        + " RETURNING (xmax = 0) AS inserted")
                .params(enterpriseId, m.name(), definition, savedBy, Timestamp.from(savedAt))
                .query(Boolean.class).single();
    }

    @Override
    public Optional<CsvColumnMapping> find(UUID enterpriseId, String name) {
        return jdbc.sql("SELECT name, definition FROM statement_csv_mapping WHERE enterprise_id = ? AND name = ?")
                .params(enterpriseId, name).query((rs, n) -> restore(rs.getString("name"), rs.getString("definition")))
                .optional();
    }

    @Override
    public List<CsvColumnMapping> all(UUID enterpriseId) {
        return jdbc.sql("SELECT name, definition FROM statement_csv_mapping WHERE enterprise_id = ? ORDER BY name")
                .param(enterpriseId).query((rs, n) -> restore(rs.getString("name"), rs.getString("definition"))).list();
    }

    private CsvColumnMapping restore(String name, String text) {
        Definition d = json.readValue(text, Definition.class);
        Map<CsvColumnMapping.Field, String> columns = new EnumMap<>(CsvColumnMapping.Field.class);
        for (CsvColumnMapping.Field field : CsvColumnMapping.Field.values()) {
            if (d.columns().containsKey(field.json())) {
                columns.put(field, d.columns().get(field.json()));
            }
        }
        return new CsvColumnMapping(name, d.delimiter(), d.charset(), d.headerRows(), d.footerRows(), d.dateFormat(),
                d.decimalSeparator(), Optional.ofNullable(d.groupingSeparator()), columns,
                Optional.ofNullable(d.signConvention()).map(CsvColumnMapping.SignConvention::valueOf),
                Optional.ofNullable(d.fixedCurrency()), Optional.ofNullable(d.fixedAccount()));
    }
}
