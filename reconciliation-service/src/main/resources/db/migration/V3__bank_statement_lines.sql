-- Statement files are read on arrival: the file is kept as a PostgreSQL large object (streamed in and out, so a
-- 1 GB file never sits in the heap or in one bytea value), its statements and lines in the tables below. Files
-- received before this version keep their bytea content and status RECEIVED.
ALTER TABLE statement_import
    ALTER COLUMN content DROP NOT NULL,
    ADD COLUMN content_oid     OID,
    ADD COLUMN csv_mapping     TEXT,
    ADD COLUMN statement_count INT,
    ADD COLUMN entry_count     BIGINT,
    ADD COLUMN period_from     DATE,
    ADD COLUMN period_to       DATE;

-- One statement (or interim report, or notification) of an imported file: per account and currency.
CREATE TABLE bank_statement (
    id                     UUID PRIMARY KEY,
    enterprise_id          UUID    NOT NULL,
    import_id              UUID    NOT NULL REFERENCES statement_import (id),
    position               INT     NOT NULL CHECK (position > 0),
    statement_reference    TEXT    NOT NULL,
    account                TEXT    NOT NULL,
    currency               CHAR(3) NOT NULL,
    sequence_number        TEXT,
    opening_balance_amount NUMERIC(19, 4) CHECK (opening_balance_amount >= 0),
    opening_balance_mark   TEXT CHECK (opening_balance_mark IN ('CREDIT', 'DEBIT')),
    opening_balance_date   DATE,
    closing_balance_amount NUMERIC(19, 4) CHECK (closing_balance_amount >= 0),
    closing_balance_mark   TEXT CHECK (closing_balance_mark IN ('CREDIT', 'DEBIT')),
    closing_balance_date   DATE,
    information            TEXT,
    entry_count            INT     NOT NULL DEFAULT 0,
    period_from            DATE,
    period_to              DATE,
    UNIQUE (import_id, position),
    CHECK ((opening_balance_amount IS NULL) = (opening_balance_mark IS NULL)
        AND (opening_balance_amount IS NULL) = (opening_balance_date IS NULL)),
    CHECK ((closing_balance_amount IS NULL) = (closing_balance_mark IS NULL)
        AND (closing_balance_amount IS NULL) = (closing_balance_date IS NULL))
);
CREATE INDEX bank_statement_account ON bank_statement (enterprise_id, account, period_from);

-- One entry the bank booked, in the bank's order within its statement. Amounts are never negative: credit_debit
-- says which way the money moved.
CREATE TABLE statement_line (
    id                    UUID PRIMARY KEY,
    enterprise_id         UUID           NOT NULL,
    import_id             UUID           NOT NULL REFERENCES statement_import (id),
    statement_id          UUID           NOT NULL REFERENCES bank_statement (id),
    line_number           INT            NOT NULL CHECK (line_number > 0),
    account               TEXT           NOT NULL,
    currency              CHAR(3)        NOT NULL,
    booking_date          DATE           NOT NULL,
    value_date            DATE           NOT NULL,
    amount                NUMERIC(19, 4) NOT NULL CHECK (amount >= 0),
    credit_debit          TEXT           NOT NULL CHECK (credit_debit IN ('CREDIT', 'DEBIT')),
    reversal              BOOLEAN        NOT NULL,
    transaction_type_code TEXT           NOT NULL,
    bank_reference        TEXT,
    customer_reference    TEXT,
    end_to_end_reference  TEXT,
    counterparty_account  TEXT,
    counterparty_name     TEXT,
    supplementary_details TEXT,
    information           TEXT           NOT NULL,
    UNIQUE (statement_id, line_number)
);
CREATE INDEX statement_line_account_day ON statement_line (enterprise_id, account, booking_date);
CREATE INDEX statement_line_end_to_end ON statement_line (enterprise_id, end_to_end_reference);
CREATE INDEX statement_line_import ON statement_line (import_id);
