-- Investor leads from the public form (SPEC §8.3, seed §2.8). lead_temperature is the
-- seed's generated column, written with lead_score (LeadScore.h: >= 80 hot, >= 50 warm).
CREATE TABLE investor_leads (
    id TEXT PRIMARY KEY,
    full_name TEXT NOT NULL,
    email TEXT NOT NULL,
    email_normalized TEXT NOT NULL,
    phone TEXT,
    linkedin_url TEXT,
    investor_type TEXT,
    investment_range TEXT,
    geography TEXT,
    accredited INTEGER,
    previous_investments TEXT,
    status TEXT NOT NULL DEFAULT 'new',
    lead_score INTEGER NOT NULL DEFAULT 0,
    lead_temperature TEXT NOT NULL DEFAULT 'cold',
    assigned_to TEXT,
    source TEXT,
    utm_campaign TEXT,
    last_contacted_at TEXT,
    next_follow_up_at TEXT,
    message TEXT,
    internal_notes TEXT,
    document_access_enabled INTEGER NOT NULL DEFAULT 0,
    document_access_expires_at TEXT,
    ip_address TEXT,
    user_agent TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX investor_leads_created ON investor_leads(created_at);
CREATE INDEX investor_leads_email ON investor_leads(email_normalized);
CREATE INDEX investor_leads_status ON investor_leads(status, lead_score);
