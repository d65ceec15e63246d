CREATE SEQUENCE transfer_reference_number;

CREATE TABLE transfer_request (
    id                       UUID PRIMARY KEY,
    enterprise_id            UUID           NOT NULL,
    reference                TEXT           NOT NULL UNIQUE,
    applicant_id             UUID           NOT NULL,
    payer_account            TEXT           NOT NULL,
    payee_name               TEXT           NOT NULL,
    payee_account_number     TEXT           NOT NULL,
    payee_bank_code          TEXT           NOT NULL,
    payee_type               TEXT           NOT NULL CHECK (payee_type IN ('PERSONAL', 'CORPORATE')),
    amount                   NUMERIC(19, 4) NOT NULL CHECK (amount > 0),
    currency                 CHAR(3)        NOT NULL,
    purpose                  TEXT           NOT NULL,
    requested_execution_date DATE           NOT NULL,
    state                    TEXT           NOT NULL,
    submitted_at             TIMESTAMPTZ    NOT NULL,
    version                  BIGINT         NOT NULL,
    idempotency_key          TEXT           NOT NULL,
    request_fingerprint      TEXT           NOT NULL,
    UNIQUE (enterprise_id, idempotency_key)
);
CREATE INDEX transfer_request_by_enterprise ON transfer_request (enterprise_id, submitted_at DESC);

CREATE TABLE transfer_voucher (
    transfer_id UUID    NOT NULL REFERENCES transfer_request (id),
    position    INTEGER NOT NULL,
    voucher_id  UUID    NOT NULL,
    PRIMARY KEY (transfer_id, position)
);
