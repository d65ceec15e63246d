CREATE TABLE voucher (
    id            UUID PRIMARY KEY,
    enterprise_id UUID        NOT NULL,
    type          TEXT        NOT NULL,
    media_type    TEXT        NOT NULL,
    size_bytes    BIGINT      NOT NULL CHECK (size_bytes > 0),
    -- SHA-256 of the stored bytes, recorded at upload and checked on every read.
    sha256        CHAR(64)    NOT NULL,
    uploaded_by   UUID        NOT NULL,
    uploaded_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX voucher_by_enterprise ON voucher (enterprise_id, uploaded_at DESC);
CREATE INDEX voucher_by_hash ON voucher (enterprise_id, sha256);
