-- The service's audit log: per enterprise an append-only hash chain (common-crypto HashChain) of every execution step,
-- every setting of bank credentials and every release of them. Changing, removing, inserting or reordering a link
-- breaks every hash after it; the verifier names the first link that does not fit.
CREATE TABLE audit_link (
    enterprise_id UUID        NOT NULL,
    sequence      BIGINT      NOT NULL,
    previous_hash CHAR(64)    NOT NULL,
    content       TEXT        NOT NULL,
    hash          CHAR(64)    NOT NULL,
    recorded_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (enterprise_id, sequence)
);
