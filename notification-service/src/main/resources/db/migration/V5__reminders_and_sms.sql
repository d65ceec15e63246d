-- One row per step of a transfer's route that waited for a decision (the reminder scan's state).
CREATE TABLE approval_follow_up (
    enterprise_id UUID        NOT NULL,
    transfer_id   UUID        NOT NULL,
    -- Index into the route's steps (0: the first).
    step          INTEGER     NOT NULL,
    pending_since TIMESTAMPTZ NOT NULL,
    -- NOT_REMINDED, REMINDED or ESCALATED: what has been sent about the step.
    stage         TEXT        NOT NULL,
    reminded_at   TIMESTAMPTZ,
    escalated_at  TIMESTAMPTZ,
    -- When the scan looks at the step again; NULL once nothing more will be sent.
    next_check_at TIMESTAMPTZ,
    -- When the step stopped waiting (decided, cancelled, expired); NULL while it waits.
    ended_at      TIMESTAMPTZ,
    PRIMARY KEY (enterprise_id, transfer_id, step)
);
CREATE INDEX approval_follow_up_due ON approval_follow_up (next_check_at) WHERE ended_at IS NULL;

-- An enterprise's reminder policy; an enterprise without a row has the platform's defaults.
CREATE TABLE reminder_policy (
    enterprise_id                   UUID PRIMARY KEY,
    remind_after_minutes            BIGINT      NOT NULL CHECK (remind_after_minutes > 0),
    escalate_after_reminder_minutes BIGINT      NOT NULL CHECK (escalate_after_reminder_minutes > 0),
    zone                            TEXT        NOT NULL,
    opens                           TIME        NOT NULL,
    closes                          TIME        NOT NULL,
    -- Day names, comma separated (SATURDAY,SUNDAY); may be empty.
    weekend                         TEXT        NOT NULL,
    set_by                          UUID        NOT NULL,
    set_at                          TIMESTAMPTZ NOT NULL
);

-- Its holidays and the extra working days that make up for them.
CREATE TABLE reminder_calendar_day (
    enterprise_id UUID NOT NULL REFERENCES reminder_policy (enterprise_id) ON DELETE CASCADE,
    day           DATE NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('HOLIDAY', 'EXTRA_WORKING_DAY')),
    PRIMARY KEY (enterprise_id, day)
);

-- What the sandbox SMS sender (common-sms's JdbcSandboxSmsSender, shared with identity-service, whose own table is in
-- its own database) "sent": the local stack and tests read it instead of a phone. Each message id once.
CREATE TABLE sandbox_sms (
    id           BIGSERIAL PRIMARY KEY,
    message_id   TEXT UNIQUE,
    phone_number TEXT        NOT NULL,
    text         TEXT        NOT NULL,
    sent_at      TIMESTAMPTZ NOT NULL
);
