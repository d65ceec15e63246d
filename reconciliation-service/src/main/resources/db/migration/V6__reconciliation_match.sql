-- What reconciliation decided about statement lines and expected movements (issue 8).

-- A match: lines and transfers that explain each other, and which pass and rule made it.
CREATE TABLE reconciliation_match (
    id            UUID PRIMARY KEY,
    enterprise_id UUID          NOT NULL,
    account       TEXT          NOT NULL,
    currency      CHAR(3)       NOT NULL,
    pass          TEXT          NOT NULL,
    rule          TEXT          NOT NULL,
    -- lines minus transfers (a fee or rounding the tolerance allowed); zero for an exact match
    difference    NUMERIC(19,4) NOT NULL,
    matched_at    TIMESTAMPTZ   NOT NULL
);
CREATE INDEX reconciliation_match_account ON reconciliation_match (enterprise_id, account, matched_at);

-- Never two matches for one line or for one transfer: the database says so, not only the matcher.
CREATE TABLE line_match (
    statement_line_id UUID PRIMARY KEY,
    match_id          UUID NOT NULL REFERENCES reconciliation_match (id),
    enterprise_id     UUID NOT NULL
);
CREATE INDEX line_match_match ON line_match (match_id);

CREATE TABLE matched_transfer (
    transfer_id   UUID PRIMARY KEY,
    match_id      UUID NOT NULL REFERENCES reconciliation_match (id),
    enterprise_id UUID NOT NULL
);
CREATE INDEX matched_transfer_match ON matched_transfer (match_id);

-- A line reconciliation has looked at and decided (matched, or put into a case): the sweep takes the others.
CREATE TABLE examined_line (
    statement_line_id UUID PRIMARY KEY,
    enterprise_id     UUID        NOT NULL,
    outcome           TEXT        NOT NULL,
    examined_at       TIMESTAMPTZ NOT NULL
);

-- An expected movement found missing (no bank debit by the cut-off) is put into a case once.
CREATE TABLE missing_debit (
    transfer_id   UUID PRIMARY KEY,
    enterprise_id UUID        NOT NULL,
    case_id       UUID        NOT NULL,
    found_at      TIMESTAMPTZ NOT NULL
);
