-- The transactional outbox: events written with the state change that caused them, published by the relay.
CREATE TABLE event_outbox (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id     UUID        NOT NULL UNIQUE,
    topic        TEXT        NOT NULL,
    message_key  TEXT        NOT NULL,
    event_type   TEXT        NOT NULL,
    -- TEXT, not JSONB: the bytes published are the bytes written.
    envelope     TEXT        NOT NULL,
    traceparent  TEXT,
    created_at   TIMESTAMPTZ NOT NULL,
    published_at TIMESTAMPTZ
);
CREATE INDEX event_outbox_unpublished ON event_outbox (id) WHERE published_at IS NULL;

-- The consumer inbox: ids of events this service has applied, one row per consumer and event.
CREATE TABLE event_inbox (
    consumer      TEXT        NOT NULL,
    event_id      TEXT        NOT NULL,
    event_type    TEXT        NOT NULL,
    enterprise_id TEXT        NOT NULL,
    processed_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (consumer, event_id)
);
