CREATE TABLE inbox_message (
    id            UUID PRIMARY KEY,
    enterprise_id UUID        NOT NULL,
    recipient_id  UUID        NOT NULL,
    -- The event that caused the message: one event tells one recipient once.
    caused_by     TEXT        NOT NULL,
    topic         TEXT,
    title         TEXT        NOT NULL,
    body          TEXT        NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    read_at       TIMESTAMPTZ,
    UNIQUE (recipient_id, caused_by)
);
CREATE INDEX inbox_message_by_recipient ON inbox_message (enterprise_id, recipient_id, created_at DESC);
