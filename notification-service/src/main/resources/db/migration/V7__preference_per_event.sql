-- A person's channels for one kind of notice (e.g. execution.claimed), overriding the channels of its topic: the
-- inbox is always among them, so a row set of just INBOX means "only in the inbox".
CREATE TABLE notification_preference_event (
    enterprise_id UUID NOT NULL,
    user_id       UUID NOT NULL,
    notice_kind   TEXT NOT NULL,
    channel       TEXT NOT NULL,
    PRIMARY KEY (enterprise_id, user_id, notice_kind, channel),
    FOREIGN KEY (enterprise_id, user_id) REFERENCES notification_preference (enterprise_id, user_id) ON DELETE CASCADE
);
