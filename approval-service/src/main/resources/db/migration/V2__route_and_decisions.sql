-- The route frozen at submission, the content hash deciders approve, and the decisions as evidence.
ALTER TABLE transfer_request
    ADD COLUMN content_hash    CHAR(64),
    ADD COLUMN route           JSONB,
    ADD COLUMN current_step    INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN resubmission_of UUID REFERENCES transfer_request (id);

-- Requests submitted before routing existed keep an empty route; they stay SUBMITTED and await no decision.
UPDATE transfer_request SET content_hash = repeat('0', 64), route = '{"decidedBy": "none", "steps": [], "riskFlags": []}'
WHERE content_hash IS NULL;

ALTER TABLE transfer_request
    ALTER COLUMN content_hash SET NOT NULL,
    ALTER COLUMN route SET NOT NULL;

CREATE TABLE transfer_decision (
    transfer_id         UUID        NOT NULL REFERENCES transfer_request (id),
    position            INTEGER     NOT NULL,
    decider_id          UUID        NOT NULL,
    step_index          INTEGER     NOT NULL,
    step_name           TEXT        NOT NULL,
    verdict             TEXT        NOT NULL CHECK (verdict IN ('APPROVE', 'REJECT')),
    opinion             TEXT        NOT NULL,
    content_hash        CHAR(64)    NOT NULL,
    client              TEXT        NOT NULL,
    decided_at          TIMESTAMPTZ NOT NULL,
    -- The content-bound second-factor proof (identity issue).
    second_factor_proof TEXT,
    PRIMARY KEY (transfer_id, position),
    -- Segregation of duties, also in the schema: one person decides once on one request.
    UNIQUE (transfer_id, decider_id)
);
CREATE INDEX transfer_request_pending ON transfer_request (enterprise_id, state) WHERE state IN ('PENDING_AUDIT', 'PENDING_AUTHORIZATION');
