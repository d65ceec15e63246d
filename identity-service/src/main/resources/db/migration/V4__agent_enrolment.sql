-- A one-time code an enterprise admin creates for one operator agent. Only its SHA-256 is kept.
CREATE TABLE agent_enrolment (
    code_hash     CHAR(64) PRIMARY KEY,
    enterprise_id UUID        NOT NULL,
    agent_id      TEXT        NOT NULL,
    created_by    UUID        NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    expires_at    TIMESTAMPTZ NOT NULL,
    used_at       TIMESTAMPTZ
);

-- Every certificate the platform CA issued to an agent; revoked ones are listed in the CRL.
CREATE TABLE agent_certificate (
    serial        NUMERIC(40) PRIMARY KEY,
    enterprise_id UUID        NOT NULL,
    agent_id      TEXT        NOT NULL,
    subject_dn    TEXT        NOT NULL,
    thumbprint    TEXT        NOT NULL,
    not_before    TIMESTAMPTZ NOT NULL,
    not_after     TIMESTAMPTZ NOT NULL,
    revoked_at    TIMESTAMPTZ,
    revoked_by    UUID
);
CREATE INDEX agent_certificate_by_agent ON agent_certificate (enterprise_id, agent_id);

CREATE SEQUENCE crl_number;
