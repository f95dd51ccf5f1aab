-- Every write a person makes through the server (ARCHITECTURE.md: every write audited).
CREATE TABLE audit_log (
    id TEXT PRIMARY KEY,
    at TEXT NOT NULL,
    actor_id TEXT,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT,
    request_id TEXT,
    details TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
