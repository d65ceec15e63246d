-- Idempotency-Key of every POST that creates or decides: the first answer is kept and replayed.
CREATE TABLE idempotent_request (
    enterprise_id   UUID        NOT NULL,
    idempotency_key TEXT        NOT NULL,
    fingerprint     CHAR(64)    NOT NULL,
    started_at      TIMESTAMPTZ NOT NULL,
    -- Null while the first request with this key is still running.
    status          INTEGER,
    body            TEXT,
    completed_at    TIMESTAMPTZ,
    PRIMARY KEY (enterprise_id, idempotency_key)
);
