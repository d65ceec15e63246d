-- Which days of which account were asked of the bank (scheduled camt.053 pull). A FETCHED day is never asked again;
-- a FAILED day is asked again every round until the bank delivers it, so no day is lost.
CREATE TABLE statement_pull (
    enterprise_id  UUID        NOT NULL,
    account        TEXT        NOT NULL,
    statement_date DATE        NOT NULL,
    bank_code      TEXT        NOT NULL,
    status         TEXT        NOT NULL CHECK (status IN ('FETCHED', 'FAILED')),
    import_id      UUID        REFERENCES statement_import (id),
    attempts       INT         NOT NULL CHECK (attempts > 0),
    last_error     TEXT,
    first_asked_at TIMESTAMPTZ NOT NULL,
    last_asked_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (enterprise_id, account, statement_date),
    CHECK ((status = 'FETCHED') = (import_id IS NOT NULL))
);
