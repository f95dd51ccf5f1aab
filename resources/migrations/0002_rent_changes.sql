-- Schema v2. Every statement is safe to run twice.

-- §3.3: a stay's rent from a day on: a move to a bed at another rent, or a
-- revision. The agreement's rent_paise applies until the first change.
CREATE TABLE IF NOT EXISTS rent_change (
    id TEXT PRIMARY KEY NOT NULL,
    agreement_id TEXT NOT NULL REFERENCES agreement(id),
    effective_from TEXT NOT NULL,
    rent_paise INTEGER NOT NULL CHECK (rent_paise >= 0),
    reason TEXT NOT NULL,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    server_seq INTEGER NOT NULL DEFAULT 0, origin_device TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS rent_change_agreement ON rent_change(agreement_id, effective_from);

-- §4.4: which stays a meter reading has been billed to (invoice_line.source_id).
CREATE INDEX IF NOT EXISTS invoice_line_source ON invoice_line(source_id);
