-- One row per transfer bank-connector reported on (executed.v1, failed.v1, outcome-unknown.v1): the movement the
-- statement should show. A later report moves the row (OUTCOME_UNKNOWN -> EXECUTED/FAILED); attempt and occurred_at
-- say which report it rests on, so an older one never overwrites it.
CREATE TABLE expected_movement (
    transfer_id    UUID PRIMARY KEY,
    enterprise_id  UUID          NOT NULL,
    reference      TEXT          NOT NULL,
    end_to_end_id  TEXT          NOT NULL,
    payer_account  TEXT          NOT NULL,
    payee_account  TEXT          NOT NULL,
    amount         NUMERIC(19,4) NOT NULL CHECK (amount > 0),
    currency       CHAR(3)       NOT NULL,
    status         TEXT          NOT NULL CHECK (status IN ('EXECUTED', 'FAILED', 'OUTCOME_UNKNOWN')),
    bank_reference TEXT,
    attempt        INT           NOT NULL CHECK (attempt >= 1),
    occurred_at    TIMESTAMPTZ   NOT NULL,
    updated_at     TIMESTAMPTZ   NOT NULL
);
CREATE INDEX expected_movement_by_end_to_end ON expected_movement (enterprise_id, end_to_end_id);
-- What matching reads per statement day: the movements the bank may still show on an account.
CREATE INDEX expected_movement_open_by_account ON expected_movement (enterprise_id, payer_account, occurred_at)
    WHERE status IN ('EXECUTED', 'OUTCOME_UNKNOWN');
