CREATE TABLE bank_account (
    account_number TEXT PRIMARY KEY,
    owner_name     TEXT           NOT NULL,
    currency       CHAR(3)        NOT NULL,
    balance        NUMERIC(19, 4) NOT NULL,
    opened_at      TIMESTAMPTZ    NOT NULL
);
