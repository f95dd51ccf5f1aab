-- An admin's wording for a template (SPEC §8.5 "templates editable"); a name without a
-- row uses the wording shipped with the server.
CREATE TABLE mail_templates (
    name TEXT PRIMARY KEY,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    body_html TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT
);
