-- The SmsSender SPI (common-sms) names every message for idempotency; the sandbox keeps each id once. Rows from
-- before have no id (NULLs do not collide in a unique index).
ALTER TABLE sandbox_sms ADD COLUMN message_id TEXT;
CREATE UNIQUE INDEX sandbox_sms_message_id ON sandbox_sms (message_id);
