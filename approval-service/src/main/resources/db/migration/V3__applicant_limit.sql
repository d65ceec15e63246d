-- Applicants' limits (申请端管理), set by auditors.
CREATE TABLE applicant_limit (
    enterprise_id           UUID           NOT NULL,
    applicant_id            UUID           NOT NULL,
    currency                CHAR(3)        NOT NULL,
    max_count_per_day       BIGINT CHECK (max_count_per_day >= 0),
    max_amount_per_day      NUMERIC(19, 4) CHECK (max_amount_per_day >= 0),
    max_amount_per_transfer NUMERIC(19, 4) CHECK (max_amount_per_transfer >= 0),
    when_exceeded           TEXT           NOT NULL CHECK (when_exceeded IN ('BLOCK', 'EXTRA_AUTHORIZATION')),
    set_by                  UUID           NOT NULL,
    set_at                  TIMESTAMPTZ    NOT NULL,
    PRIMARY KEY (enterprise_id, applicant_id),
    CHECK (set_by <> applicant_id)
);
