-- Error cases (差错): one row per difference, opened once per identity (type + the same lines and transfers).
CREATE TABLE discrepancy_case (
    id                  UUID PRIMARY KEY,
    enterprise_id       UUID          NOT NULL,
    identity_key        CHAR(64)      NOT NULL,
    type                TEXT          NOT NULL,
    account             TEXT          NOT NULL,
    currency            CHAR(3)       NOT NULL,
    amount              NUMERIC(19,4) NOT NULL CHECK (amount >= 0),
    transaction_date    DATE          NOT NULL,
    detail              TEXT          NOT NULL,
    state               TEXT          NOT NULL CHECK (state IN ('OPEN', 'RESOLUTION_PROPOSED', 'RESOLVED')),
    owner_id            UUID,
    opened_at           TIMESTAMPTZ   NOT NULL,
    deadline            TIMESTAMPTZ   NOT NULL,
    escalated_at        TIMESTAMPTZ,
    proposed_by         UUID,
    proposed_resolution TEXT,
    proposed_evidence   TEXT,
    proposed_at         TIMESTAMPTZ,
    resolved_by         UUID,
    resolution_proposed_by UUID,
    resolution          TEXT,
    evidence            TEXT,
    resolved_at         TIMESTAMPTZ,
    UNIQUE (enterprise_id, identity_key),
    -- maker-checker, once more where the data lives
    CHECK (resolved_by IS NULL OR resolved_by IS DISTINCT FROM resolution_proposed_by)
);
CREATE INDEX discrepancy_case_latest ON discrepancy_case (enterprise_id, opened_at DESC);
-- What the overdue scan reads.
CREATE INDEX discrepancy_case_overdue ON discrepancy_case (deadline) WHERE state <> 'RESOLVED' AND escalated_at IS NULL;

CREATE TABLE discrepancy_case_line (
    case_id           UUID NOT NULL REFERENCES discrepancy_case (id),
    enterprise_id     UUID NOT NULL,
    position          INT  NOT NULL,
    statement_line_id UUID NOT NULL,
    PRIMARY KEY (case_id, position)
);
-- isInOpenCase: the daily close asks per statement line.
CREATE INDEX discrepancy_case_line_by_line ON discrepancy_case_line (enterprise_id, statement_line_id);

CREATE TABLE discrepancy_case_transfer (
    case_id       UUID NOT NULL REFERENCES discrepancy_case (id),
    enterprise_id UUID NOT NULL,
    position      INT  NOT NULL,
    transfer_id   UUID NOT NULL,
    PRIMARY KEY (case_id, position)
);
CREATE INDEX discrepancy_case_transfer_by_transfer ON discrepancy_case_transfer (enterprise_id, transfer_id);

-- The case's log: every act, the queries to the bank and its replies (查询查复) among them. Append-only.
CREATE TABLE discrepancy_log (
    id            UUID PRIMARY KEY,
    case_id       UUID        NOT NULL REFERENCES discrepancy_case (id),
    enterprise_id UUID        NOT NULL,
    kind          TEXT        NOT NULL,
    actor_id      UUID,
    at            TIMESTAMPTZ NOT NULL,
    text          TEXT        NOT NULL,
    seq           BIGSERIAL   NOT NULL
);
CREATE INDEX discrepancy_log_of_case ON discrepancy_log (case_id, seq);

-- Documents filed with a query or reply, kept with the case (as statement files are with their import): PDF, PNG or
-- JPEG only, size-limited by the service, SHA-256 of the bytes recorded.
CREATE TABLE discrepancy_attachment (
    id            UUID PRIMARY KEY,
    case_id       UUID        NOT NULL REFERENCES discrepancy_case (id),
    log_entry_id  UUID        NOT NULL REFERENCES discrepancy_log (id),
    enterprise_id UUID        NOT NULL,
    file_name     TEXT        NOT NULL,
    content_type  TEXT        NOT NULL CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg')),
    size_bytes    BIGINT      NOT NULL CHECK (size_bytes > 0),
    sha256        CHAR(64)    NOT NULL,
    content       BYTEA       NOT NULL,
    position      INT         NOT NULL
);
CREATE INDEX discrepancy_attachment_of_entry ON discrepancy_attachment (log_entry_id, position);
