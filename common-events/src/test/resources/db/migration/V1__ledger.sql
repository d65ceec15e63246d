-- A stand-in for a service's own state, for the library's integration tests.
CREATE TABLE ledger_entry (
    id         UUID PRIMARY KEY,
    amount     NUMERIC(19, 4) NOT NULL,
    currency   CHAR(3)        NOT NULL
);
-- Deliberately without a unique key on event_id: every application leaves a row, so tests can count them.
CREATE TABLE ledger_application (
    id       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id TEXT NOT NULL,
    entry_id UUID NOT NULL
);
