-- The CRM's own records (SPEC §8.4). They point at waitlist entries and investor leads by
-- id without a foreign key, so that this area's migrations do not depend on the public
-- area's; the admin endpoints delete them together with the entry or lead they belong to.
CREATE TABLE waitlist_admin_notes (
    waitlist_id TEXT PRIMARY KEY,
    notes TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT
);
CREATE TABLE waitlist_activities (
    id TEXT PRIMARY KEY,
    waitlist_id TEXT NOT NULL,
    activity_type TEXT NOT NULL,
    description TEXT,
    performed_by TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX waitlist_activities_entry ON waitlist_activities(waitlist_id, created_at);
CREATE TABLE IF NOT EXISTS investor_lead_activities (
    id TEXT PRIMARY KEY,
    lead_id TEXT NOT NULL,
    activity_type TEXT NOT NULL,
    description TEXT,
    performed_by TEXT,
    metadata TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS investor_lead_activities_lead ON investor_lead_activities(lead_id, created_at);
