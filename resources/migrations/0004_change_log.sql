-- Schema v4: one change log instead of audit_log + sync_outbox (ARCHITECTURE.md
-- "One change log, not two copies"). Every statement is safe to run twice.

-- Who wrote and on which PC, once per (device, program and OS account, app user).
CREATE TABLE IF NOT EXISTS change_source (
    id INTEGER PRIMARY KEY,
    device_id TEXT NOT NULL,
    actor TEXT NOT NULL,             -- program and OS account, e.g. rentflowctl:asha
    user_id TEXT NOT NULL DEFAULT '', -- the signed-in app user, '' when there is none
    UNIQUE (device_id, actor, user_id)
);

-- One row per write through RecordWriter; local to the PC, append-only.
-- hlc is the write's hybrid logical clock as one number, wall ms * 1000000 +
-- counter; with the source's device it is the mutation id push sends (text form
-- %015d-%06d-<device>, as the rows' hlc columns). An insert stores no values
-- (they are in the row itself); an update stores only the changed fields as
-- compact JSON [{old values}, {new values}] (blobs as "<n bytes, sha256 …>"); a
-- delete (tombstone) is deleted 0 -> 1 and stores nothing. Push sends the rows
-- after local_meta 'change_log.acknowledged_seq'.
CREATE TABLE IF NOT EXISTS change_log (
    seq INTEGER PRIMARY KEY,
    hlc INTEGER NOT NULL,
    source_id INTEGER NOT NULL REFERENCES change_source(id),
    at_ms INTEGER NOT NULL,          -- UTC, ms since 1970, the PC's clock
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    action INTEGER NOT NULL CHECK (action IN (1, 2, 3)), -- 1 insert, 2 update, 3 delete
    base_server_seq INTEGER NOT NULL DEFAULT 0,
    changes TEXT
);
CREATE INDEX IF NOT EXISTS change_log_row ON change_log(row_id);

INSERT OR IGNORE INTO local_meta (key, value) VALUES ('change_log.acknowledged_seq', '0');

-- The v1 trail moves into the change log, in clock order. (Created empty first
-- so that a second run finds nothing left to move.)
CREATE TABLE IF NOT EXISTS audit_log (
    id TEXT PRIMARY KEY NOT NULL, at TEXT NOT NULL, hlc TEXT NOT NULL, user_id TEXT,
    actor TEXT NOT NULL, device_id TEXT NOT NULL, table_name TEXT NOT NULL,
    row_id TEXT NOT NULL, action TEXT NOT NULL, before_json TEXT, after_json TEXT
);
INSERT OR IGNORE INTO change_source (device_id, actor, user_id)
    SELECT DISTINCT device_id, actor, ifnull(user_id, '') FROM audit_log;
INSERT INTO change_log (hlc, source_id, at_ms, table_name, row_id, action, changes)
    SELECT CAST(substr(a.hlc, 1, 15) AS INTEGER) * 1000000 + CAST(substr(a.hlc, 17, 6) AS INTEGER),
           s.id,
           CAST(strftime('%s', a.at) AS INTEGER) * 1000 + CAST(substr(a.at, 21, 3) AS INTEGER),
           a.table_name, a.row_id,
           CASE a.action WHEN 'insert' THEN 1 WHEN 'update' THEN 2 ELSE 3 END,
           CASE a.action WHEN 'update'
               THEN '[' || ifnull(a.before_json, '{}') || ',' || ifnull(a.after_json, '{}') || ']'
           END
    FROM audit_log a
    JOIN change_source s
      ON s.device_id = a.device_id AND s.actor = a.actor AND s.user_id = ifnull(a.user_id, '')
    ORDER BY a.hlc;
DROP TABLE IF EXISTS audit_log;
-- Sync was never built before v4: nothing in the outbox was ever pushed, and the
-- change log now holds every mutation.
DROP TABLE IF EXISTS sync_outbox;
