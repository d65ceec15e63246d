-- Every evaluation of an enterprise's published rules: the version that decided and the facts it saw.
CREATE TABLE rule_evaluation (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    enterprise_id UUID        NOT NULL,
    rule_set_id   UUID        NOT NULL REFERENCES rule_set (id),
    version       INTEGER     NOT NULL,
    facts         JSONB       NOT NULL,
    steps         JSONB       NOT NULL,
    blocked       BOOLEAN     NOT NULL,
    evaluated_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX rule_evaluation_latest ON rule_evaluation (enterprise_id, evaluated_at DESC);
