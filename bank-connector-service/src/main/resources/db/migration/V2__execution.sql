-- One row per authorized transfer: its execution's state. The end-to-end id is the transfer's idempotency key at
-- the bank (the same for every attempt).
CREATE TABLE execution (
    transfer_id              UUID          PRIMARY KEY,
    enterprise_id            UUID          NOT NULL,
    reference                TEXT          NOT NULL,
    end_to_end_id            TEXT          NOT NULL UNIQUE,
    payer_account            TEXT          NOT NULL,
    payer_name               TEXT          NOT NULL,
    payer_bank_code          TEXT          NOT NULL,
    payee_name               TEXT          NOT NULL,
    payee_account            TEXT          NOT NULL,
    payee_bank_code          TEXT          NOT NULL,
    payee_type               TEXT          NOT NULL,
    amount                   NUMERIC(19,4) NOT NULL CHECK (amount > 0),
    currency                 CHAR(3)       NOT NULL,
    purpose                  TEXT          NOT NULL,
    requested_execution_date DATE          NOT NULL,
    voucher_ids              UUID[]        NOT NULL,
    content_hash             CHAR(64)      NOT NULL,
    state                    TEXT          NOT NULL CHECK (state IN ('QUEUED', 'CLAIMED', 'SENDING', 'EXECUTED', 'FAILED', 'OUTCOME_UNKNOWN')),
    attempt                  INT           NOT NULL,
    claim_id                 UUID,
    agent_id                 TEXT,
    lease_expires_at         TIMESTAMPTZ,
    not_before               TIMESTAMPTZ   NOT NULL,
    next_inquiry_at          TIMESTAMPTZ,
    unanswered_inquiries     INT           NOT NULL,
    not_sent_attempts        INT           NOT NULL,
    bank_reference           TEXT,
    reason_code              TEXT,
    reported_outcome         TEXT,
    reported_bank_reference  TEXT,
    reported_reason_code     TEXT,
    queued_at                TIMESTAMPTZ   NOT NULL,
    updated_at               TIMESTAMPTZ   NOT NULL,
    version                  BIGINT        NOT NULL
);
CREATE INDEX execution_queue ON execution (enterprise_id, not_before) WHERE state = 'QUEUED';
CREATE INDEX execution_leases ON execution (lease_expires_at) WHERE state IN ('CLAIMED', 'SENDING');
CREATE INDEX execution_inquiries ON execution (next_inquiry_at) WHERE state = 'OUTCOME_UNKNOWN';
CREATE UNIQUE INDEX execution_claim ON execution (claim_id) WHERE claim_id IS NOT NULL;

-- Every step of every attempt, append-only: the execution's timeline (who, what, when).
CREATE TABLE execution_step (
    id            BIGSERIAL   PRIMARY KEY,
    transfer_id   UUID        NOT NULL REFERENCES execution (transfer_id),
    enterprise_id UUID        NOT NULL,
    attempt       INT         NOT NULL,
    step          TEXT        NOT NULL,
    agent_id      TEXT,
    claim_id      UUID,
    detail        TEXT,
    at            TIMESTAMPTZ NOT NULL
);
CREATE INDEX execution_step_transfer ON execution_step (enterprise_id, transfer_id, id);

-- The online-banking password and UKEY PIN of a payer account, envelope-encrypted (data key per secret, wrapped by
-- the key-encryption key from the KeyProvider); associated data = enterprise + account.
CREATE TABLE account_credentials (
    enterprise_id  UUID        NOT NULL,
    account_number TEXT        NOT NULL,
    envelope       TEXT        NOT NULL,
    set_by         UUID        NOT NULL,
    set_at         TIMESTAMPTZ NOT NULL,
    revision       INT         NOT NULL,
    PRIMARY KEY (enterprise_id, account_number),
    FOREIGN KEY (enterprise_id, account_number) REFERENCES payer_account (enterprise_id, account_number)
);

-- Every release of credentials to an agent, append-only.
CREATE TABLE credential_release (
    id             BIGSERIAL   PRIMARY KEY,
    enterprise_id  UUID        NOT NULL,
    account_number TEXT        NOT NULL,
    transfer_id    UUID        NOT NULL,
    claim_id       UUID        NOT NULL,
    agent_id       TEXT        NOT NULL,
    revision       INT         NOT NULL,
    released_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX credential_release_account ON credential_release (enterprise_id, account_number, id);
