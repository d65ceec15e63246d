-- A small upright JPEG of each voucher for lists, checked against this hash on every read. Vouchers captured
-- before thumbnails existed have none (null).
ALTER TABLE voucher ADD COLUMN thumbnail_sha256 CHAR(64);

-- How long an enterprise keeps vouchers that were submitted with a transfer (会计档案: 30 years by default).
CREATE TABLE voucher_retention (
    enterprise_id  UUID        PRIMARY KEY,
    retention_days INT         NOT NULL CHECK (retention_days BETWEEN 365 AND 36525),
    changed_by     UUID        NOT NULL,
    changed_at     TIMESTAMPTZ NOT NULL
);

-- A deleted voucher keeps its row (what it was, its hash) and this record of who deleted it, when and why.
ALTER TABLE voucher ADD COLUMN deleted_at TIMESTAMPTZ;
CREATE TABLE voucher_deletion (
    voucher_id    UUID        PRIMARY KEY REFERENCES voucher (id),
    enterprise_id UUID        NOT NULL,
    sha256        CHAR(64)    NOT NULL,
    deleted_by    UUID        NOT NULL,
    deleted_at    TIMESTAMPTZ NOT NULL,
    reason        TEXT        NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
    was_attached  BOOLEAN     NOT NULL
);
