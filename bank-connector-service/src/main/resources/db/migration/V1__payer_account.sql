CREATE TABLE payer_account (
    enterprise_id  UUID        NOT NULL,
    account_number TEXT        NOT NULL,
    name           TEXT        NOT NULL,
    bank_code      TEXT        NOT NULL,
    currency       CHAR(3)     NOT NULL,
    registered_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (enterprise_id, account_number)
);
