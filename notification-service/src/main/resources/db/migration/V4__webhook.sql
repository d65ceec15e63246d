-- An enterprise's ERP endpoint: the platform's transfer and execution events are posted to it, signed.
CREATE TABLE webhook_endpoint (
    id                UUID PRIMARY KEY,
    enterprise_id     UUID        NOT NULL,
    url               TEXT        NOT NULL,
    description       TEXT        NOT NULL,
    state             TEXT        NOT NULL,
    -- The HMAC signing secret, envelope-encrypted (common-crypto) under this service's KEK, bound to enterprise and
    -- endpoint as associated data. Never selected for an API answer.
    secret            BYTEA       NOT NULL,
    created_by        UUID        NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL,
    secret_rotated_at TIMESTAMPTZ,
    disabled_at       TIMESTAMPTZ
);
CREATE INDEX webhook_endpoint_enterprise ON webhook_endpoint (enterprise_id, created_at);

CREATE TABLE webhook_endpoint_event_type (
    endpoint_id UUID NOT NULL REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
    event_type  TEXT NOT NULL,
    PRIMARY KEY (endpoint_id, event_type)
);
CREATE INDEX webhook_endpoint_event_type_type ON webhook_endpoint_event_type (event_type, endpoint_id);

-- One event to one endpoint; the unique key makes a redelivered event a no-op. The id is the FundGuard-Webhook-Id
-- header, the same on every attempt and replay. last_error is a short line, never the endpoint's whole answer.
CREATE TABLE webhook_delivery (
    id              UUID PRIMARY KEY,
    endpoint_id     UUID        NOT NULL REFERENCES webhook_endpoint (id),
    enterprise_id   UUID        NOT NULL,
    event_id        TEXT        NOT NULL,
    event_type      TEXT        NOT NULL,
    payload         TEXT        NOT NULL,
    state           TEXT        NOT NULL,
    attempts        INTEGER     NOT NULL,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    last_attempt_at TIMESTAMPTZ,
    last_error      TEXT,
    delivered_at    TIMESTAMPTZ,
    parked_at       TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL,
    UNIQUE (endpoint_id, event_id)
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE state = 'PENDING';
CREATE INDEX webhook_delivery_dead ON webhook_delivery (enterprise_id, parked_at) WHERE state = 'DEAD';
CREATE INDEX webhook_delivery_pending_of_endpoint ON webhook_delivery (endpoint_id) WHERE state = 'PENDING';
