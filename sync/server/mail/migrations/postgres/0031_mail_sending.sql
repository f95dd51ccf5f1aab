-- Sending state of each queued mail (SPEC §8.5). A worker claims a row by writing its id
-- and a lease end into claimed_by/claimed_until; a claim is taken only when the row is
-- unclaimed or its lease has run out, so two servers on one database never send it twice.
-- next_attempt_at: NULL = due now; set after a temporary failure (exponential back-off).
ALTER TABLE mail_queue ADD COLUMN status TEXT NOT NULL DEFAULT 'pending';
ALTER TABLE mail_queue ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE mail_queue ADD COLUMN next_attempt_at TEXT;
ALTER TABLE mail_queue ADD COLUMN claimed_by TEXT;
ALTER TABLE mail_queue ADD COLUMN claimed_until TEXT;
ALTER TABLE mail_queue ADD COLUMN last_error TEXT;
ALTER TABLE mail_queue ADD COLUMN sent_at TEXT;
ALTER TABLE mail_queue ADD COLUMN message_id TEXT;
CREATE INDEX mail_queue_due ON mail_queue (status, next_attempt_at);
