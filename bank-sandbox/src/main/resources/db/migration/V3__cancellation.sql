-- The bank's answer to a recall (camt.055), once per order: a repeated request is answered from here and books nothing.
CREATE TABLE cancellation (
    debtor_account     TEXT        NOT NULL,
    end_to_end_id      TEXT        NOT NULL,
    assignment_id      TEXT        NOT NULL,
    status             TEXT        NOT NULL CHECK (status IN ('ACCR', 'RJCR')),
    reason_code        TEXT,
    reversal_reference TEXT,
    decided_at         TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (debtor_account, end_to_end_id),
    FOREIGN KEY (debtor_account, end_to_end_id) REFERENCES payment_order (debtor_account, end_to_end_id),
    CHECK ((status = 'ACCR') = (reversal_reference IS NOT NULL))
);
