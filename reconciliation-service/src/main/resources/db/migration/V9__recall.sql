-- Recalls (camt.055 cancellation requests) of executed transfers and the bank's answers. One per transfer: the unique
-- key is what makes a second request for the same transfer a repeat (same idempotency key) or a refusal (another).
CREATE TABLE recall (
    id                 UUID PRIMARY KEY,
    enterprise_id      UUID          NOT NULL,
    transfer_id        UUID          NOT NULL,
    idempotency_key    TEXT          NOT NULL,
    end_to_end_id      TEXT          NOT NULL,
    payer_account      TEXT          NOT NULL,
    bank_code          TEXT          NOT NULL,
    holder_name        TEXT          NOT NULL,
    amount             NUMERIC(19,4) NOT NULL CHECK (amount > 0),
    currency           CHAR(3)       NOT NULL,
    reason             TEXT          NOT NULL,
    requested_by       UUID          NOT NULL,
    requested_at       TIMESTAMPTZ   NOT NULL,
    state              TEXT          NOT NULL CHECK (state IN ('REQUESTED', 'PENDING', 'ACCEPTED', 'REJECTED')),
    answer_reason      TEXT,
    reversal_reference TEXT,
    answered_at        TIMESTAMPTZ,
    attempts           INT           NOT NULL CHECK (attempts >= 0),
    last_error         TEXT,
    -- When the same request goes to the bank again; none once the answer is final.
    next_attempt_at    TIMESTAMPTZ,
    version            INT           NOT NULL,
    UNIQUE (enterprise_id, transfer_id),
    CHECK ((state IN ('ACCEPTED', 'REJECTED')) = (answered_at IS NOT NULL)),
    CHECK (state <> 'ACCEPTED' OR reversal_reference IS NOT NULL),
    CHECK (state <> 'REJECTED' OR answer_reason IS NOT NULL)
);
CREATE INDEX recall_due ON recall (next_attempt_at) WHERE state IN ('REQUESTED', 'PENDING');
