-- TOTP: one authenticator per person. last_step is the newest time step accepted: a code of that step or an older
-- one is refused (replay), so each code works once.
CREATE TABLE totp_credential (
    user_id       UUID PRIMARY KEY REFERENCES app_user (id),
    enterprise_id UUID        NOT NULL,
    secret        BYTEA       NOT NULL,
    active        BOOLEAN     NOT NULL DEFAULT FALSE,
    last_step     BIGINT      NOT NULL DEFAULT -1,
    enrolled_at   TIMESTAMPTZ NOT NULL
);

ALTER TABLE app_user ADD COLUMN phone_number TEXT;

-- An SMS code bound to one confirmation challenge. Only its hash is kept; it is used once, expires, and allows
-- a few attempts.
CREATE TABLE sms_code (
    id            UUID PRIMARY KEY,
    user_id       UUID        NOT NULL REFERENCES app_user (id),
    enterprise_id UUID        NOT NULL,
    challenge     TEXT        NOT NULL,
    code_hash     TEXT        NOT NULL,
    sent_at       TIMESTAMPTZ NOT NULL,
    expires_at    TIMESTAMPTZ NOT NULL,
    attempts      INT         NOT NULL DEFAULT 0,
    used_at       TIMESTAMPTZ
);
CREATE INDEX sms_code_by_user ON sms_code (user_id, sent_at);

-- What the sandbox SMS sender "sent": the local stack and tests read it instead of a phone.
CREATE TABLE sandbox_sms (
    id           BIGSERIAL PRIMARY KEY,
    phone_number TEXT        NOT NULL,
    text         TEXT        NOT NULL,
    sent_at      TIMESTAMPTZ NOT NULL
);
