-- Lockout: failed sign-ins since the last success, and until when the account refuses every password.
ALTER TABLE app_user ADD COLUMN failed_sign_ins INT NOT NULL DEFAULT 0;
ALTER TABLE app_user ADD COLUMN locked_until TIMESTAMPTZ;
ALTER TABLE app_user ADD CONSTRAINT app_user_id_enterprise UNIQUE (id, enterprise_id);

-- A role given to a person. Approval roles wait for a second person; the row keeps who asked and who confirmed.
CREATE TABLE role_grant (
    id            UUID PRIMARY KEY,
    enterprise_id UUID        NOT NULL,
    user_id       UUID        NOT NULL,
    role          TEXT        NOT NULL,
    state         TEXT        NOT NULL CHECK (state IN ('PENDING', 'GRANTED', 'REFUSED')),
    requested_by  UUID        NOT NULL,
    requested_at  TIMESTAMPTZ NOT NULL,
    decided_by    UUID,
    decided_at    TIMESTAMPTZ,
    FOREIGN KEY (user_id, enterprise_id) REFERENCES app_user (id, enterprise_id)
);
CREATE INDEX role_grant_by_enterprise ON role_grant (enterprise_id, state);

-- Spring Authorization Server's tables (its shipped schema, blob -> text and timestamp -> timestamptz for PostgreSQL
-- as that schema's own note says).
CREATE TABLE oauth2_registered_client (
    id                            VARCHAR(100)  NOT NULL PRIMARY KEY,
    client_id                     VARCHAR(100)  NOT NULL UNIQUE,
    client_id_issued_at           TIMESTAMPTZ   DEFAULT CURRENT_TIMESTAMP NOT NULL,
    client_secret                 VARCHAR(200)  DEFAULT NULL,
    client_secret_expires_at      TIMESTAMPTZ   DEFAULT NULL,
    client_name                   VARCHAR(200)  NOT NULL,
    client_authentication_methods VARCHAR(1000) NOT NULL,
    authorization_grant_types     VARCHAR(1000) NOT NULL,
    redirect_uris                 VARCHAR(1000) DEFAULT NULL,
    post_logout_redirect_uris     VARCHAR(1000) DEFAULT NULL,
    scopes                        VARCHAR(1000) NOT NULL,
    client_settings               VARCHAR(2000) NOT NULL,
    token_settings                VARCHAR(2000) NOT NULL
);

CREATE TABLE oauth2_authorization (
    id                            VARCHAR(100) NOT NULL PRIMARY KEY,
    registered_client_id          VARCHAR(100) NOT NULL,
    principal_name                VARCHAR(200) NOT NULL,
    authorization_grant_type      VARCHAR(100) NOT NULL,
    authorized_scopes             VARCHAR(1000) DEFAULT NULL,
    attributes                    TEXT DEFAULT NULL,
    state                         VARCHAR(500) DEFAULT NULL,
    authorization_code_value      TEXT DEFAULT NULL,
    authorization_code_issued_at  TIMESTAMPTZ DEFAULT NULL,
    authorization_code_expires_at TIMESTAMPTZ DEFAULT NULL,
    authorization_code_metadata   TEXT DEFAULT NULL,
    access_token_value            TEXT DEFAULT NULL,
    access_token_issued_at        TIMESTAMPTZ DEFAULT NULL,
    access_token_expires_at       TIMESTAMPTZ DEFAULT NULL,
    access_token_metadata         TEXT DEFAULT NULL,
    access_token_type             VARCHAR(100) DEFAULT NULL,
    access_token_scopes           VARCHAR(1000) DEFAULT NULL,
    oidc_id_token_value           TEXT DEFAULT NULL,
    oidc_id_token_issued_at       TIMESTAMPTZ DEFAULT NULL,
    oidc_id_token_expires_at      TIMESTAMPTZ DEFAULT NULL,
    oidc_id_token_metadata        TEXT DEFAULT NULL,
    refresh_token_value           TEXT DEFAULT NULL,
    refresh_token_issued_at       TIMESTAMPTZ DEFAULT NULL,
    refresh_token_expires_at      TIMESTAMPTZ DEFAULT NULL,
    refresh_token_metadata        TEXT DEFAULT NULL,
    user_code_value               TEXT DEFAULT NULL,
    user_code_issued_at           TIMESTAMPTZ DEFAULT NULL,
    user_code_expires_at          TIMESTAMPTZ DEFAULT NULL,
    user_code_metadata            TEXT DEFAULT NULL,
    device_code_value             TEXT DEFAULT NULL,
    device_code_issued_at         TIMESTAMPTZ DEFAULT NULL,
    device_code_expires_at        TIMESTAMPTZ DEFAULT NULL,
    device_code_metadata          TEXT DEFAULT NULL
);

CREATE TABLE oauth2_authorization_consent (
    registered_client_id VARCHAR(100)  NOT NULL,
    principal_name       VARCHAR(200)  NOT NULL,
    authorities          VARCHAR(1000) NOT NULL,
    PRIMARY KEY (registered_client_id, principal_name)
);
