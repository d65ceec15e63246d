CREATE TABLE enterprise (
    id            UUID PRIMARY KEY,
    name          TEXT        NOT NULL,
    registered_at TIMESTAMPTZ NOT NULL
);

-- "user" is a reserved word in PostgreSQL.
CREATE TABLE app_user (
    id            UUID PRIMARY KEY,
    enterprise_id UUID        NOT NULL REFERENCES enterprise (id),
    username      TEXT        NOT NULL,
    display_name  TEXT        NOT NULL,
    roles         TEXT[]      NOT NULL CHECK (cardinality(roles) > 0),
    -- Argon2id, PHC string format. Never selected by any query that feeds an API response.
    password_hash TEXT        NOT NULL,
    registered_at TIMESTAMPTZ NOT NULL,
    UNIQUE (enterprise_id, username)
);
