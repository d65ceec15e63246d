-- One message of one notice to one person on one channel; the unique key makes a redelivered event a no-op.
CREATE TABLE delivery (
    id               UUID PRIMARY KEY,
    -- The SSE event id: a person's stream replays after the last position they saw.
    position         BIGSERIAL   NOT NULL UNIQUE,
    enterprise_id    UUID        NOT NULL,
    recipient_id     UUID        NOT NULL,
    caused_by        TEXT        NOT NULL,
    channel          TEXT        NOT NULL,
    topic            TEXT,
    title            TEXT        NOT NULL,
    body             TEXT        NOT NULL,
    address          TEXT,
    state            TEXT        NOT NULL,
    failed_attempts  INTEGER     NOT NULL,
    next_attempt_at  TIMESTAMPTZ NOT NULL,
    sent_at          TIMESTAMPTZ,
    last_failure     TEXT,
    UNIQUE (recipient_id, caused_by, channel)
);
CREATE INDEX delivery_due ON delivery (next_attempt_at) WHERE state = 'PENDING';
CREATE INDEX delivery_stream ON delivery (enterprise_id, recipient_id, position) WHERE channel = 'SSE' AND state = 'SENT';

CREATE TABLE notification_preference (
    enterprise_id UUID NOT NULL,
    user_id       UUID NOT NULL,
    email         TEXT,
    quiet_from    TIME,
    quiet_until   TIME,
    quiet_zone    TEXT,
    PRIMARY KEY (enterprise_id, user_id)
);

CREATE TABLE notification_preference_channel (
    enterprise_id UUID NOT NULL,
    user_id       UUID NOT NULL,
    topic         TEXT NOT NULL,
    channel       TEXT NOT NULL,
    PRIMARY KEY (enterprise_id, user_id, topic, channel),
    FOREIGN KEY (enterprise_id, user_id) REFERENCES notification_preference (enterprise_id, user_id) ON DELETE CASCADE
);
