-- The daily close (issue 8): an account's books, opened once by an auditor or authorizer, and its closed days.

-- From which day the platform closes an account's days, in which currency, and the balance the first day opens with.
CREATE TABLE account_books (
    id              UUID PRIMARY KEY,
    enterprise_id   UUID           NOT NULL,
    account         TEXT           NOT NULL,
    currency        CHAR(3)        NOT NULL,
    first_day       DATE           NOT NULL,
    -- signed: negative when the account is overdrawn
    opening_balance NUMERIC(19, 4) NOT NULL,
    opened_by       UUID           NOT NULL,
    opened_at       TIMESTAMPTZ    NOT NULL,
    UNIQUE (enterprise_id, account)
);

-- A closed day and the figures it closed with. Balances are signed (negative when overdrawn); totals are not.
CREATE TABLE closed_day (
    enterprise_id       UUID           NOT NULL,
    account             TEXT           NOT NULL,
    day                 DATE           NOT NULL,
    books_id            UUID           NOT NULL REFERENCES account_books (id),
    currency            CHAR(3)        NOT NULL,
    opening_balance     NUMERIC(19, 4) NOT NULL,
    total_credits       NUMERIC(19, 4) NOT NULL CHECK (total_credits >= 0),
    total_debits        NUMERIC(19, 4) NOT NULL CHECK (total_debits >= 0),
    closing_balance     NUMERIC(19, 4) NOT NULL,
    line_count          INT            NOT NULL CHECK (line_count >= 0),
    lines_matched       INT            NOT NULL CHECK (lines_matched >= 0),
    lines_in_open_cases INT            NOT NULL CHECK (lines_in_open_cases >= 0),
    basis               TEXT           NOT NULL CHECK (basis IN ('STATEMENT', 'NO_MOVEMENT_CONFIRMED')),
    statement_reference TEXT           NOT NULL,
    closed_by           UUID           NOT NULL,
    closed_at           TIMESTAMPTZ    NOT NULL,
    PRIMARY KEY (enterprise_id, account, day),
    CHECK (opening_balance + total_credits - total_debits = closing_balance),
    CHECK (lines_matched + lines_in_open_cases = line_count)
);

-- A closed day is immutable: the database refuses to change or remove one, whoever asks.
CREATE FUNCTION closed_day_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'closed day % of account % is immutable', OLD.day, OLD.account USING ERRCODE = 'integrity_constraint_violation';
END;
$$;
CREATE TRIGGER closed_day_immutable BEFORE UPDATE OR DELETE ON closed_day
    FOR EACH ROW EXECUTE FUNCTION closed_day_is_immutable();
