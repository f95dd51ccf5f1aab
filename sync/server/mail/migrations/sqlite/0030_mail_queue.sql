-- Email waiting to be sent (SPEC §8.5). The mail area adds its sending columns.
CREATE TABLE mail_queue (
    id TEXT PRIMARY KEY,
    template TEXT NOT NULL,
    recipient TEXT NOT NULL,
    variables TEXT NOT NULL,
    created_at TEXT NOT NULL
);
