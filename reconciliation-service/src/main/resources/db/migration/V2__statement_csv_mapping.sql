-- An enterprise's saved column mappings for its banks' CSV exports; an upload names one (format=CSV&mapping=<name>).
-- The mapping itself is one JSON document: which column is what, date format, separators, charset. The service
-- validates it before saving (StatementCsvMapping), so what is stored here is always a readable mapping.
CREATE TABLE statement_csv_mapping (
    enterprise_id UUID        NOT NULL,
    name          TEXT        NOT NULL,
    definition    JSONB       NOT NULL,
    saved_by      UUID        NOT NULL,
    saved_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (enterprise_id, name)
);
