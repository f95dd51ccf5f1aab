-- The landing page's ROI calculator, one row per calculation logged (seed §3.11, Appendix A.3).
CREATE TABLE roi_calculations (
    id TEXT PRIMARY KEY,
    properties INTEGER NOT NULL,
    beds_per_property INTEGER NOT NULL,
    avg_rent DOUBLE PRECISION NOT NULL,
    utility_cost_per_bed DOUBLE PRECISION NOT NULL,
    admin_hours_saved DOUBLE PRECISION NOT NULL,
    revenue_leakage_recovered DOUBLE PRECISION NOT NULL,
    annual_profit_impact DOUBLE PRECISION NOT NULL,
    session_id TEXT,
    source TEXT,
    ip_address TEXT,
    user_agent TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX roi_calculations_created ON roi_calculations(created_at);
