-- A person's live stream is numbered by their own sequence, taken when a message is sent (not when it was scheduled):
-- a message held back by quiet hours or a retry gets a number after everything the person has already seen, so a
-- reconnect with Last-Event-ID can never skip it. The counter row is locked until the sending transaction ends, so a
-- person's numbers commit in order and a gap on a live stream means "committed, fetch it", never "lost".
CREATE TABLE stream_counter (
    enterprise_id UUID   NOT NULL,
    recipient_id  UUID   NOT NULL,
    last_sequence BIGINT NOT NULL,
    PRIMARY KEY (enterprise_id, recipient_id)
);

ALTER TABLE delivery ADD COLUMN stream_sequence BIGINT;
DROP INDEX delivery_stream;
CREATE UNIQUE INDEX delivery_stream ON delivery (enterprise_id, recipient_id, stream_sequence) WHERE stream_sequence IS NOT NULL;
