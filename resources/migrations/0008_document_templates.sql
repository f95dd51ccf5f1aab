-- Schema v8. Every statement is safe to run twice.

-- §5.3: the operator's own copy of a document template (`rentflowctl template import`).
-- Without a live row the shipped template (resources/templates/) is used; `template
-- reset` tombstones the row. One live row per kind and language.
CREATE TABLE IF NOT EXISTS document_template (
    id TEXT PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('agreement')),
    language TEXT NOT NULL CHECK (language IN ('en', 'hi')),
    body TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 200000),
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    server_seq INTEGER NOT NULL DEFAULT 0, origin_device TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS document_template_live
    ON document_template(kind, language) WHERE deleted = 0;
