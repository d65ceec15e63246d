CREATE TABLE statement_import (
    id            UUID PRIMARY KEY,
    enterprise_id UUID        NOT NULL,
    format        TEXT        NOT NULL,
    -- The identity of a statement file within an enterprise: the same bytes are imported once.
    sha256        CHAR(64)    NOT NULL,
    size_bytes    BIGINT      NOT NULL CHECK (size_bytes > 0),
    imported_at   TIMESTAMPTZ NOT NULL,
    status        TEXT        NOT NULL,
    content       BYTEA       NOT NULL,
    UNIQUE (enterprise_id, sha256)
);
CREATE INDEX statement_import_latest ON statement_import (enterprise_id, imported_at DESC);
