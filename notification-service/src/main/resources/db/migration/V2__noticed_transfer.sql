-- What notification-service keeps of a transfer to tell people about it (execution events name no applicant).
CREATE TABLE noticed_transfer (
    enterprise_id        UUID    NOT NULL,
    transfer_id          UUID    NOT NULL,
    reference            TEXT    NOT NULL,
    applicant_id         UUID    NOT NULL,
    amount               TEXT,
    currency             TEXT,
    payee_name           TEXT,
    masked_payee_account TEXT,
    -- The route's roles in order, comma separated (AUDITOR,AUTHORIZER).
    step_roles           TEXT    NOT NULL,
    current_step         INTEGER NOT NULL,
    PRIMARY KEY (enterprise_id, transfer_id)
);

-- Who decided on it, as far as the events name them (rejected, cancelled).
CREATE TABLE noticed_transfer_decider (
    enterprise_id UUID NOT NULL,
    transfer_id   UUID NOT NULL,
    decider_id    UUID NOT NULL,
    PRIMARY KEY (enterprise_id, transfer_id, decider_id),
    FOREIGN KEY (enterprise_id, transfer_id) REFERENCES noticed_transfer (enterprise_id, transfer_id)
);
