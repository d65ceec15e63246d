ALTER TABLE bank_account ADD COLUMN frozen BOOLEAN NOT NULL DEFAULT false;

-- The account's online banking: the password as an Argon2id hash, the UKEY certificate orders must be signed with.
CREATE TABLE online_banking (
    account_number     TEXT PRIMARY KEY REFERENCES bank_account (account_number),
    password_hash      TEXT        NOT NULL,
    signer_certificate TEXT        NOT NULL,
    registered_at      TIMESTAMPTZ NOT NULL
);

-- Every order the bank decided on (booked or refused), once per debtor account and end-to-end id: the key of DUPL.
CREATE TABLE payment_order (
    debtor_account         TEXT           NOT NULL,
    end_to_end_id          TEXT           NOT NULL,
    message_id             TEXT           NOT NULL,
    payment_information_id TEXT           NOT NULL,
    status                 TEXT           NOT NULL CHECK (status IN ('RCVD', 'ACSC', 'RJCT')),
    reason_code            TEXT,
    booking_reference      TEXT,
    amount                 NUMERIC(19, 4) NOT NULL,
    currency               CHAR(3)        NOT NULL,
    creditor_account       TEXT           NOT NULL,
    creditor_name          TEXT           NOT NULL,
    creditor_bank          TEXT           NOT NULL,
    received_at            TIMESTAMPTZ    NOT NULL,
    PRIMARY KEY (debtor_account, end_to_end_id)
);

CREATE SEQUENCE booking_reference_seq;

-- One line per account and movement; a transfer between two accounts of this bank is two lines with one reference.
CREATE TABLE booking (
    id                   BIGSERIAL PRIMARY KEY,
    reference            TEXT           NOT NULL,
    account_number       TEXT           NOT NULL REFERENCES bank_account (account_number),
    kind                 TEXT           NOT NULL,
    end_to_end_id        TEXT,
    amount               NUMERIC(19, 4) NOT NULL CHECK (amount > 0),
    currency             CHAR(3)        NOT NULL,
    credit               BOOLEAN        NOT NULL,
    counterparty_name    TEXT,
    counterparty_account TEXT,
    booked_at            TIMESTAMPTZ    NOT NULL,
    booking_date         DATE           NOT NULL,
    value_date           DATE           NOT NULL,
    UNIQUE (account_number, reference)
);

CREATE INDEX booking_by_account_and_day ON booking (account_number, booking_date, id);
