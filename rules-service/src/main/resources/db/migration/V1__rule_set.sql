CREATE TABLE rule_set (
    id            UUID PRIMARY KEY,
    enterprise_id UUID        NOT NULL,
    version       INTEGER     NOT NULL CHECK (version > 0),
    state         TEXT        NOT NULL CHECK (state IN ('DRAFT', 'PUBLISHED', 'RETIRED')),
    definition    JSONB       NOT NULL CHECK (jsonb_typeof(definition) = 'object'),
    author_id     UUID        NOT NULL,
    drafted_at    TIMESTAMPTZ NOT NULL,
    published_by  UUID,
    published_at  TIMESTAMPTZ,
    retired_at    TIMESTAMPTZ,
    row_version   BIGINT      NOT NULL,
    UNIQUE (enterprise_id, version),
    CHECK (published_by IS NULL OR published_by <> author_id)
);
-- At most one rule set in force per enterprise, whatever the application does.
CREATE UNIQUE INDEX rule_set_one_published ON rule_set (enterprise_id) WHERE state = 'PUBLISHED';
