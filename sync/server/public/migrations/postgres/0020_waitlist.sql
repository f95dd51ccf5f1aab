-- The public waitlist (SPEC §8.3, seed §2.7). Position is never stored: it is computed from
-- join_number and the verified referrals (waitlist_referral_counts, PublicStore.cpp). email_normalized is the duplicate key
-- (EmailAddress.h); email keeps what the person typed.
-- PostgreSQL: join_number comes from its own sequence (BIGSERIAL), so two server processes
-- never hand out the same one; SQLite takes MAX+1 inside the insert (one writer at a time).
CREATE TABLE waitlist_entries (
    id TEXT PRIMARY KEY,
    join_number BIGSERIAL NOT NULL UNIQUE,
    email TEXT NOT NULL,
    email_normalized TEXT NOT NULL UNIQUE,
    full_name TEXT,
    phone TEXT,
    company_name TEXT,
    referral_code TEXT NOT NULL UNIQUE,
    referred_by TEXT REFERENCES waitlist_entries(id) ON DELETE SET NULL,
    status TEXT NOT NULL DEFAULT 'pending',
    priority TEXT NOT NULL DEFAULT 'normal',
    source TEXT,
    utm_campaign TEXT,
    utm_source TEXT,
    utm_medium TEXT,
    ip_address TEXT,
    user_agent TEXT,
    invited_at TEXT,
    registered_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX waitlist_entries_queue ON waitlist_entries(status, join_number);
CREATE INDEX waitlist_entries_created ON waitlist_entries(created_at);
CREATE INDEX waitlist_entries_referred_by ON waitlist_entries(referred_by);

-- Referrals: one referrer per invited address (the first to claim it). 'pending' when the
-- owner of a code invited an address that has not joined yet (POST /waitlist/referral);
-- 'completed' (verified) once that address joined; only completed ones move the referrer up.
CREATE TABLE waitlist_referrals (
    id TEXT PRIMARY KEY,
    referrer_id TEXT NOT NULL REFERENCES waitlist_entries(id) ON DELETE CASCADE,
    referred_email_normalized TEXT NOT NULL UNIQUE,
    referred_id TEXT REFERENCES waitlist_entries(id) ON DELETE CASCADE,
    status TEXT NOT NULL DEFAULT 'pending',
    reward_claimed INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    completed_at TEXT
);
CREATE INDEX waitlist_referrals_referrer ON waitlist_referrals(referrer_id, status);
CREATE INDEX waitlist_referrals_referred ON waitlist_referrals(referred_id);

-- Verified referrals per referrer: completed, and the referred entry still there and not
-- cancelled (deleting or cancelling a referred entry takes its credit away).
CREATE VIEW waitlist_referral_counts AS
    SELECT r.referrer_id AS referrer_id, COUNT(*) AS n
    FROM waitlist_referrals r JOIN waitlist_entries x ON x.id = r.referred_id
    WHERE r.status = 'completed' AND x.status <> 'cancelled'
    GROUP BY r.referrer_id;
