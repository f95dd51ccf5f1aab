-- The landing page's ROI calculator, one row per calculation logged (seed §3.11, Appendix A.3).
-- Amounts in rupees arrive as JSON numbers and are kept as integer paise.
CREATE TABLE roi_calculations (
    id TEXT PRIMARY KEY,
    properties INTEGER NOT NULL,
    beds_per_property INTEGER NOT NULL,
    avg_rent_paise INTEGER NOT NULL,
    utility_cost_per_bed_paise INTEGER NOT NULL,
    admin_hours_saved REAL NOT NULL,
    revenue_leakage_recovered_paise INTEGER NOT NULL,
    annual_profit_impact_paise INTEGER NOT NULL,
    session_id TEXT,
    source TEXT,
    ip_address TEXT,
    user_agent TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX roi_calculations_created ON roi_calculations(created_at);
