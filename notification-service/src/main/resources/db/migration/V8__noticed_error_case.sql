-- What notification-service keeps of reconciliation's error cases (差错) to name them when they are resolved: a
-- resolution names no account or amount. The account only masked (all but its last four characters).
CREATE TABLE noticed_error_case (
    enterprise_id    UUID NOT NULL,
    case_id          UUID NOT NULL,
    case_type        TEXT NOT NULL,
    masked_account   TEXT,
    amount           TEXT,
    currency         TEXT,
    transaction_date DATE,
    -- On the clock of the zone texts show times in (fundguard.notification.zone).
    deadline         TIMESTAMP,
    PRIMARY KEY (enterprise_id, case_id)
);
