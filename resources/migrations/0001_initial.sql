-- RentFlow schema v1: the whole domain of SPEC §1–§4.
-- Conventions (ARCHITECTURE.md):
--   * ids are UUIDv7 text made on the device that creates the row;
--   * money is INTEGER paise (columns end in _paise), rates are basis points (_bp);
--   * business dates are 'YYYY-MM-DD' text, timestamps UTC ISO-8601 text;
--   * every synced table ends with the sync columns: hlc (hybrid logical clock of
--     the last change), deleted (tombstone), server_seq (last server sequence
--     seen, 0 = never synced), origin_device (the PC that created the row).
-- Every statement is re-run-safe (IF NOT EXISTS), so a step applied twice is harmless.

-- Local to this PC, never synced.
CREATE TABLE IF NOT EXISTS local_meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

-- §1: organisation, users, roles -------------------------------------------------
CREATE TABLE IF NOT EXISTS organisation (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    legal_name TEXT,
    address TEXT,
    state_code TEXT CHECK (state_code IS NULL OR length(state_code) = 2),
    gstin TEXT CHECK (gstin IS NULL OR length(gstin) = 15),
    pan TEXT CHECK (pan IS NULL OR length(pan) = 10),
    phone TEXT,
    email TEXT,
    upi_vpa TEXT,
    bank_name TEXT,
    bank_account TEXT,
    bank_ifsc TEXT,
    logo BLOB,
    show_full_aadhaar INTEGER NOT NULL DEFAULT 0 CHECK (show_full_aadhaar IN (0, 1)),
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    server_seq INTEGER NOT NULL DEFAULT 0, origin_device TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS app_user (
    id TEXT PRIMARY KEY NOT NULL,
    organisation_id TEXT NOT NULL REFERENCES organisation(id),
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    phone TEXT,
    role TEXT NOT NULL CHECK (role IN ('owner', 'admin', 'manager', 'viewer')),
    password_hash TEXT, -- Argon2id, encoded string
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    server_seq INTEGER NOT NULL DEFAULT 0, origin_device TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS app_user_email ON app_user(organisation_id, email);

-- §2: properties and inventory --------------------------------------------------
CREATE TABLE IF NOT EXISTS property (
    id TEXT PRIMARY KEY NOT NULL,
    organisation_id TEXT NOT NULL REFERENCES organisation(id),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    kind TEXT NOT NULL DEFAULT 'pg' CHECK (kind IN ('pg', 'hostel', 'coliving', 'apartment')),
    address TEXT,
    city TEXT NOT NULL,
    state_code TEXT NOT NULL CHECK (length(state_code) = 2),
    pincode TEXT,
    gstin TEXT CHECK (gstin IS NULL OR length(gstin) = 15),
    amenities TEXT,
    house_rules TEXT,
    utility_split TEXT NOT NULL DEFAULT 'days' CHECK (utility_split IN ('days', 'head')),
    invoice_prefix TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    server_seq INTEGER NOT NULL DEFAULT 0, origin_device TEXT NOT NULL
);

-- Which properties a manager may work on (§1.3).
CREATE TABLE IF NOT EXISTS user_property (
    id TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES app_user(id),
    property_id TEXT NOT NULL REFERENCES property(id),
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    server_seq INTEGER NOT NULL DEFAULT 0, origin_device TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS user_property_pair ON user_property(user_id, property_id);

CREATE TABLE IF NOT EXISTS floor (
    id TEXT PRIMARY KEY NOT NULL,
    property_id TEXT NOT NULL REFERENCES property(id),
    name TEXT NOT NULL,
    level INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    server_seq INTEGER NOT NULL DEFAULT 0, origin_device TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS floor_property ON floor(property_id);

CREATE TABLE IF NOT EXISTS room (
    id TEXT PRIMARY KEY NOT NULL,
    property_id TEXT NOT NULL REFERENCES property(id),
    floor_id TEXT NOT NULL REFERENCES floor(id),
    number TEXT NOT NULL,
    room_type TEXT NOT NULL DEFAULT 'standard',
    sharing INTEGER NOT NULL CHECK (sharing BETWEEN 1 AND 20),
    amenities TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    server_seq INTEGER NOT NULL DEFAULT 0, origin_device TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS room_property ON room(property_id, number);

CREATE TABLE IF NOT EXISTS bed (
    id TEXT PRIMARY KEY NOT NULL,
    room_id TEXT NOT NULL REFERENCES room(id),
    label TEXT NOT NULL,
    rent_paise INTEGER NOT NULL CHECK (rent_paise >= 0),
    deposit_paise INTEGER NOT NULL DEFAULT 0 CHECK (deposit_paise >= 0),
    status TEXT NOT NULL DEFAULT 'vacant'
        CHECK (status IN ('vacant', 'occupied', 'reserved', 'maintenance')),
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    server_seq INTEGER NOT NULL DEFAULT 0, origin_device TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS bed_room ON bed(room_id);

-- §2.3: a meter on a room, or on the property (room_id NULL: common area).
CREATE TABLE IF NOT EXISTS meter (
    id TEXT PRIMARY KEY NOT NULL,
    property_id TEXT NOT NULL REFERENCES property(id),
    room_id TEXT REFERENCES room(id),
    kind TEXT NOT NULL DEFAULT 'electricity' CHECK (kind IN ('electricity', 'water', 'gas')),
    serial TEXT,
    unit_rate_paise INTEGER NOT NULL DEFAULT 0 CHECK (unit_rate_paise >= 0),
    fixed_charge_paise INTEGER NOT NULL DEFAULT 0 CHECK (fixed_charge_paise >= 0),
    rollover_at INTEGER, -- the register's maximum + 1, in hundredths of a unit
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    server_seq INTEGER NOT NULL DEFAULT 0, origin_device TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS meter_property ON meter(property_id);
CREATE INDEX IF NOT EXISTS meter_room ON meter(room_id);

-- Slab tariff: units up to upto_units (hundredths) at rate_paise per unit.
CREATE TABLE IF NOT EXISTS meter_slab (
    id TEXT PRIMARY KEY NOT NULL,
    meter_id TEXT NOT NULL REFERENCES meter(id),
    upto_units INTEGER, -- NULL: no upper bound
    rate_paise INTEGER NOT NULL CHECK (rate_paise >= 0),
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    server_seq INTEGER NOT NULL DEFAULT 0, origin_device TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS meter_slab_meter ON meter_slab(meter_id);

-- §4.4: append-only; a mistake is fixed by a correcting reading.
CREATE TABLE IF NOT EXISTS meter_reading (
    id TEXT PRIMARY KEY NOT NULL,
    meter_id TEXT NOT NULL REFERENCES meter(id),
    reading_date TEXT NOT NULL,
    value_hundredths INTEGER NOT NULL CHECK (value_hundredths >= 0),
    kind TEXT NOT NULL DEFAULT 'regular'
        CHECK (kind IN ('regular', 'rollover', 'replacement', 'correction', 'final')),
    corrects_id TEXT REFERENCES meter_reading(id),
    note TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    server_seq INTEGER NOT NULL DEFAULT 0, origin_device TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS meter_reading_meter ON meter_reading(meter_id, reading_date);

-- §2.4
CREATE TABLE IF NOT EXISTS maintenance_ticket (
    id TEXT PRIMARY KEY NOT NULL,
    property_id TEXT NOT NULL REFERENCES property(id),
    room_id TEXT REFERENCES room(id),
    bed_id TEXT REFERENCES bed(id),
    title TEXT NOT NULL,
    description TEXT,
    priority TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    status TEXT NOT NULL DEFAULT 'open'
        CHECK (status IN ('open', 'in_progress', 'resolved', 'closed', 'cancelled')),
    assigned_to TEXT,
    cost_paise INTEGER NOT NULL DEFAULT 0 CHECK (cost_paise >= 0),
    opened_on TEXT NOT NULL,
    closed_on TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    server_seq INTEGER NOT NULL DEFAULT 0, origin_device TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS maintenance_property ON maintenance_ticket(property_id, status);

-- §3: residents and their stay ---------------------------------------------------
CREATE TABLE IF NOT EXISTS resident (
    id TEXT PRIMARY KEY NOT NULL,
    organisation_id TEXT NOT NULL REFERENCES organisation(id),
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL, -- E.164, +91XXXXXXXXXX
    email TEXT,
    date_of_birth TEXT,
    gender TEXT CHECK (gender IS NULL OR gender IN ('female', 'male', 'other')),
    photo BLOB,
    permanent_address TEXT,
    emergency_contact_name TEXT,
    emergency_contact_phone TEXT,
    occupation TEXT,
    employer TEXT,
    pan TEXT CHECK (pan IS NULL OR length(pan) = 10),
    aadhaar_masked TEXT,   -- XXXX XXXX 1234 (SPEC §1.6)
    aadhaar_full TEXT,     -- only when the organisation allows it
    gstin TEXT CHECK (gstin IS NULL OR length(gstin) = 15), -- a registered business recipient
    language TEXT NOT NULL DEFAULT 'en',
    kyc_status TEXT NOT NULL DEFAULT 'pending'
        CHECK (kyc_status IN ('pending', 'submitted', 'verified', 'rejected')),
    police_verification_status TEXT NOT NULL DEFAULT 'pending'
        CHECK (police_verification_status IN ('pending', 'submitted', 'verified', 'not_required')),
    police_verified_on TEXT,
    notes TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    server_seq INTEGER NOT NULL DEFAULT 0, origin_device TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS resident_phone ON resident(phone);
CREATE INDEX IF NOT EXISTS resident_name ON resident(first_name, last_name);

-- Scans are kept inside the encrypted file, never as loose files.
CREATE TABLE IF NOT EXISTS kyc_document (
    id TEXT PRIMARY KEY NOT NULL,
    resident_id TEXT NOT NULL REFERENCES resident(id),
    kind TEXT NOT NULL CHECK (kind IN ('aadhaar', 'pan', 'passport', 'driving_licence',
                                       'voter_id', 'employer_id', 'photo', 'other')),
    file_name TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    content BLOB NOT NULL,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    server_seq INTEGER NOT NULL DEFAULT 0, origin_device TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS kyc_document_resident ON kyc_document(resident_id);

-- §3.6
CREATE TABLE IF NOT EXISTS prospect (
    id TEXT PRIMARY KEY NOT NULL,
    organisation_id TEXT NOT NULL REFERENCES organisation(id),
    name TEXT NOT NULL,
    phone TEXT NOT NULL,
    source TEXT,
    status TEXT NOT NULL DEFAULT 'enquiry'
        CHECK (status IN ('enquiry', 'reserved', 'checked_in', 'lost')),
    property_id TEXT REFERENCES property(id),
    bed_id TEXT REFERENCES bed(id),
    wanted_from TEXT,
    resident_id TEXT REFERENCES resident(id),
    notes TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    server_seq INTEGER NOT NULL DEFAULT 0, origin_device TEXT NOT NULL
);

-- §3.2: a leave-and-licence agreement; the stay it covers.
CREATE TABLE IF NOT EXISTS agreement (
    id TEXT PRIMARY KEY NOT NULL,
    resident_id TEXT NOT NULL REFERENCES resident(id),
    property_id TEXT NOT NULL REFERENCES property(id),
    start_date TEXT NOT NULL,
    end_date TEXT,          -- the planned end of the term
    move_out_date TEXT,     -- the real last day, set at check-out
    rent_paise INTEGER NOT NULL CHECK (rent_paise >= 0),
    deposit_paise INTEGER NOT NULL DEFAULT 0 CHECK (deposit_paise >= 0),
    rent_due_day INTEGER NOT NULL DEFAULT 5 CHECK (rent_due_day BETWEEN 1 AND 28),
    late_fee_kind TEXT NOT NULL DEFAULT 'none' CHECK (late_fee_kind IN ('none', 'fixed', 'percent')),
    late_fee_value INTEGER NOT NULL DEFAULT 0 CHECK (late_fee_value >= 0), -- paise or bp
    late_fee_grace_days INTEGER NOT NULL DEFAULT 0 CHECK (late_fee_grace_days >= 0),
    notice_days INTEGER NOT NULL DEFAULT 30 CHECK (notice_days >= 0),
    lock_in_months INTEGER NOT NULL DEFAULT 0 CHECK (lock_in_months >= 0),
    status TEXT NOT NULL DEFAULT 'active'
        CHECK (status IN ('draft', 'active', 'notice', 'ended', 'cancelled')),
    signed_on TEXT,
    language TEXT NOT NULL DEFAULT 'en',
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    server_seq INTEGER NOT NULL DEFAULT 0, origin_device TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS agreement_resident ON agreement(resident_id);
CREATE INDEX IF NOT EXISTS agreement_status ON agreement(status);

-- Which bed an agreement occupies over which days; a transfer (§3.3) ends one
-- row and starts another. to_date NULL: still there.
CREATE TABLE IF NOT EXISTS occupancy (
    id TEXT PRIMARY KEY NOT NULL,
    agreement_id TEXT NOT NULL REFERENCES agreement(id),
    bed_id TEXT NOT NULL REFERENCES bed(id),
    from_date TEXT NOT NULL,
    to_date TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    server_seq INTEGER NOT NULL DEFAULT 0, origin_device TEXT NOT NULL,
    CHECK (to_date IS NULL OR to_date >= from_date)
);
CREATE INDEX IF NOT EXISTS occupancy_bed ON occupancy(bed_id, from_date);
CREATE INDEX IF NOT EXISTS occupancy_agreement ON occupancy(agreement_id);

-- Recurring charges of an agreement: food/mess, laundry, Wi-Fi, maintenance.
CREATE TABLE IF NOT EXISTS agreement_charge (
    id TEXT PRIMARY KEY NOT NULL,
    agreement_id TEXT NOT NULL REFERENCES agreement(id),
    kind TEXT NOT NULL CHECK (kind IN ('food', 'laundry', 'wifi', 'maintenance', 'parking', 'other')),
    description TEXT NOT NULL,
    sac TEXT,
    amount_paise INTEGER NOT NULL CHECK (amount_paise >= 0),
    from_date TEXT NOT NULL,
    to_date TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    server_seq INTEGER NOT NULL DEFAULT 0, origin_device TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS agreement_charge_agreement ON agreement_charge(agreement_id);

-- §3.4
CREATE TABLE IF NOT EXISTS notice (
    id TEXT PRIMARY KEY NOT NULL,
    agreement_id TEXT NOT NULL REFERENCES agreement(id),
    given_on TEXT NOT NULL,
    intended_move_out TEXT NOT NULL,
    reason TEXT,
    withdrawn INTEGER NOT NULL DEFAULT 0 CHECK (withdrawn IN (0, 1)),
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    server_seq INTEGER NOT NULL DEFAULT 0, origin_device TEXT NOT NULL,
    CHECK (intended_move_out >= given_on)
);
CREATE INDEX IF NOT EXISTS notice_agreement ON notice(agreement_id);

-- §4: billing ----------------------------------------------------------------------
-- §4.5: tax rules are data, dated and editable.
CREATE TABLE IF NOT EXISTS tax_rule (
    id TEXT PRIMARY KEY NOT NULL,
    category TEXT NOT NULL,
    sac TEXT NOT NULL,
    description TEXT NOT NULL,
    rate_bp INTEGER NOT NULL CHECK (rate_bp BETWEEN 0 AND 10000),
    exempt INTEGER NOT NULL DEFAULT 0 CHECK (exempt IN (0, 1)),
    condition TEXT NOT NULL DEFAULT '', -- e.g. max_monthly_value=20000;min_stay_days=90
    priority INTEGER NOT NULL DEFAULT 0, -- the first applicable rule in priority order wins
    effective_from TEXT NOT NULL,
    effective_to TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    server_seq INTEGER NOT NULL DEFAULT 0, origin_device TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS tax_rule_category ON tax_rule(category, priority);

-- One-off charges (§4.3, damages, late fees, waivers) waiting for, or on, an invoice.
CREATE TABLE IF NOT EXISTS charge (
    id TEXT PRIMARY KEY NOT NULL,
    agreement_id TEXT REFERENCES agreement(id),
    resident_id TEXT NOT NULL REFERENCES resident(id),
    kind TEXT NOT NULL CHECK (kind IN ('one_off', 'damage', 'late_fee', 'deposit', 'advance', 'other')),
    description TEXT NOT NULL,
    sac TEXT,
    amount_paise INTEGER NOT NULL,
    charge_date TEXT NOT NULL,
    invoice_id TEXT REFERENCES invoice(id),
    waived INTEGER NOT NULL DEFAULT 0 CHECK (waived IN (0, 1)),
    waiver_reason TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    server_seq INTEGER NOT NULL DEFAULT 0, origin_device TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS charge_resident ON charge(resident_id, invoice_id);

-- Numbering of issued documents (CGST Rule 46(b): ≤16 characters, consecutive,
-- unique per financial year). One row per kind, property, PC and financial year,
-- so offline PCs never issue the same number.
CREATE TABLE IF NOT EXISTS document_series (
    id TEXT PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('invoice', 'receipt', 'credit_note', 'settlement', 'deposit_refund')),
    property_id TEXT REFERENCES property(id),
    device_id TEXT NOT NULL,
    prefix TEXT NOT NULL,
    financial_year TEXT NOT NULL, -- e.g. 2026-27
    next_number INTEGER NOT NULL DEFAULT 1 CHECK (next_number >= 1),
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    server_seq INTEGER NOT NULL DEFAULT 0, origin_device TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS document_series_key
    ON document_series(kind, property_id, device_id, financial_year);

-- Issued invoices are immutable: only status/cancellation columns ever change.
CREATE TABLE IF NOT EXISTS invoice (
    id TEXT PRIMARY KEY NOT NULL,
    series_id TEXT NOT NULL REFERENCES document_series(id),
    number TEXT NOT NULL CHECK (length(number) BETWEEN 1 AND 16),
    financial_year TEXT NOT NULL,
    document_type TEXT NOT NULL
        CHECK (document_type IN ('tax_invoice', 'bill_of_supply', 'invoice_cum_bill_of_supply')),
    purpose TEXT NOT NULL DEFAULT 'monthly'
        CHECK (purpose IN ('monthly', 'deposit', 'adhoc', 'final', 'advance')),
    resident_id TEXT NOT NULL REFERENCES resident(id),
    agreement_id TEXT REFERENCES agreement(id),
    property_id TEXT NOT NULL REFERENCES property(id),
    issue_date TEXT NOT NULL,
    due_date TEXT NOT NULL,
    period_start TEXT,
    period_end TEXT,
    billing_month TEXT, -- YYYY-MM the charges are for
    supplier_gstin TEXT,
    recipient_gstin TEXT,
    recipient_name TEXT NOT NULL,
    recipient_address TEXT,
    place_of_supply TEXT NOT NULL, -- state code
    reverse_charge INTEGER NOT NULL DEFAULT 0 CHECK (reverse_charge IN (0, 1)),
    taxable_paise INTEGER NOT NULL DEFAULT 0,
    exempt_paise INTEGER NOT NULL DEFAULT 0,
    cgst_paise INTEGER NOT NULL DEFAULT 0,
    sgst_paise INTEGER NOT NULL DEFAULT 0,
    igst_paise INTEGER NOT NULL DEFAULT 0,
    round_off_paise INTEGER NOT NULL DEFAULT 0,
    total_paise INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'issued' CHECK (status IN ('issued', 'cancelled')),
    cancelled_on TEXT,
    cancel_reason TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    server_seq INTEGER NOT NULL DEFAULT 0, origin_device TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS invoice_number ON invoice(series_id, financial_year, number);
CREATE INDEX IF NOT EXISTS invoice_resident ON invoice(resident_id, issue_date);
CREATE INDEX IF NOT EXISTS invoice_month ON invoice(billing_month);
CREATE INDEX IF NOT EXISTS invoice_agreement ON invoice(agreement_id, billing_month);

CREATE TABLE IF NOT EXISTS invoice_line (
    id TEXT PRIMARY KEY NOT NULL,
    invoice_id TEXT NOT NULL REFERENCES invoice(id),
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('rent', 'recurring', 'utility', 'late_fee', 'one_off',
                                       'deposit', 'advance', 'damage')),
    description TEXT NOT NULL,
    sac TEXT,
    quantity_hundredths INTEGER NOT NULL DEFAULT 100,
    unit_price_paise INTEGER NOT NULL DEFAULT 0,
    taxable_paise INTEGER NOT NULL,
    exempt INTEGER NOT NULL DEFAULT 0 CHECK (exempt IN (0, 1)),
    rate_bp INTEGER NOT NULL DEFAULT 0,
    cgst_paise INTEGER NOT NULL DEFAULT 0,
    sgst_paise INTEGER NOT NULL DEFAULT 0,
    igst_paise INTEGER NOT NULL DEFAULT 0,
    total_paise INTEGER NOT NULL,
    basis TEXT, -- e.g. the reading basis of a utility share (§4.4)
    source_id TEXT, -- the charge, reading or agreement row this line came from
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    server_seq INTEGER NOT NULL DEFAULT 0, origin_device TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS invoice_line_invoice ON invoice_line(invoice_id, position);

-- §4.7: payments are reversed, never deleted.
CREATE TABLE IF NOT EXISTS payment (
    id TEXT PRIMARY KEY NOT NULL,
    resident_id TEXT NOT NULL REFERENCES resident(id),
    received_on TEXT NOT NULL,
    amount_paise INTEGER NOT NULL CHECK (amount_paise > 0),
    method TEXT NOT NULL CHECK (method IN ('cash', 'upi', 'bank', 'cheque', 'card')),
    reference TEXT,
    collected_by TEXT,
    purpose TEXT NOT NULL DEFAULT 'dues' CHECK (purpose IN ('dues', 'deposit')),
    status TEXT NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'reversed')),
    reversed_on TEXT,
    reversal_reason TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    server_seq INTEGER NOT NULL DEFAULT 0, origin_device TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS payment_resident ON payment(resident_id, received_on);

CREATE TABLE IF NOT EXISTS payment_allocation (
    id TEXT PRIMARY KEY NOT NULL,
    payment_id TEXT NOT NULL REFERENCES payment(id),
    invoice_id TEXT NOT NULL REFERENCES invoice(id),
    amount_paise INTEGER NOT NULL CHECK (amount_paise > 0),
    reversed INTEGER NOT NULL DEFAULT 0 CHECK (reversed IN (0, 1)),
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    server_seq INTEGER NOT NULL DEFAULT 0, origin_device TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS payment_allocation_payment ON payment_allocation(payment_id);
CREATE INDEX IF NOT EXISTS payment_allocation_invoice ON payment_allocation(invoice_id);

CREATE TABLE IF NOT EXISTS receipt (
    id TEXT PRIMARY KEY NOT NULL,
    payment_id TEXT NOT NULL UNIQUE REFERENCES payment(id),
    series_id TEXT NOT NULL REFERENCES document_series(id),
    number TEXT NOT NULL CHECK (length(number) BETWEEN 1 AND 16),
    financial_year TEXT NOT NULL,
    issue_date TEXT NOT NULL,
    period_covered TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    server_seq INTEGER NOT NULL DEFAULT 0, origin_device TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS receipt_number ON receipt(series_id, financial_year, number);

-- §4.8, CGST Rule 53: own number, reference to the original invoice.
CREATE TABLE IF NOT EXISTS credit_note (
    id TEXT PRIMARY KEY NOT NULL,
    invoice_id TEXT NOT NULL REFERENCES invoice(id),
    series_id TEXT NOT NULL REFERENCES document_series(id),
    number TEXT NOT NULL CHECK (length(number) BETWEEN 1 AND 16),
    financial_year TEXT NOT NULL,
    issue_date TEXT NOT NULL,
    reason TEXT NOT NULL,
    taxable_paise INTEGER NOT NULL DEFAULT 0,
    cgst_paise INTEGER NOT NULL DEFAULT 0,
    sgst_paise INTEGER NOT NULL DEFAULT 0,
    igst_paise INTEGER NOT NULL DEFAULT 0,
    total_paise INTEGER NOT NULL CHECK (total_paise > 0),
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    server_seq INTEGER NOT NULL DEFAULT 0, origin_device TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS credit_note_number ON credit_note(series_id, financial_year, number);
CREATE INDEX IF NOT EXISTS credit_note_invoice ON credit_note(invoice_id);

-- §4.9: deposits are held, not income: a ledger of their own.
CREATE TABLE IF NOT EXISTS deposit_entry (
    id TEXT PRIMARY KEY NOT NULL,
    agreement_id TEXT NOT NULL REFERENCES agreement(id),
    kind TEXT NOT NULL CHECK (kind IN ('demand', 'received', 'deduction', 'refund', 'adjusted')),
    amount_paise INTEGER NOT NULL CHECK (amount_paise > 0),
    entry_date TEXT NOT NULL,
    payment_id TEXT REFERENCES payment(id),
    settlement_id TEXT REFERENCES deposit_settlement(id),
    reason TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    server_seq INTEGER NOT NULL DEFAULT 0, origin_device TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS deposit_entry_agreement ON deposit_entry(agreement_id);

-- §3.5: refund = deposit − unpaid dues − deductions − notice shortfall.
CREATE TABLE IF NOT EXISTS deposit_settlement (
    id TEXT PRIMARY KEY NOT NULL,
    agreement_id TEXT NOT NULL UNIQUE REFERENCES agreement(id),
    series_id TEXT NOT NULL REFERENCES document_series(id),
    number TEXT NOT NULL CHECK (length(number) BETWEEN 1 AND 16),
    financial_year TEXT NOT NULL,
    settlement_date TEXT NOT NULL,
    deposit_held_paise INTEGER NOT NULL,
    unpaid_dues_paise INTEGER NOT NULL DEFAULT 0,
    deductions_paise INTEGER NOT NULL DEFAULT 0,
    notice_shortfall_paise INTEGER NOT NULL DEFAULT 0,
    refund_paise INTEGER NOT NULL DEFAULT 0 CHECK (refund_paise >= 0),
    owed_paise INTEGER NOT NULL DEFAULT 0 CHECK (owed_paise >= 0),
    final_invoice_id TEXT REFERENCES invoice(id),
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    server_seq INTEGER NOT NULL DEFAULT 0, origin_device TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS deposit_settlement_number
    ON deposit_settlement(series_id, financial_year, number);

CREATE TABLE IF NOT EXISTS settlement_deduction (
    id TEXT PRIMARY KEY NOT NULL,
    settlement_id TEXT NOT NULL REFERENCES deposit_settlement(id),
    reason TEXT NOT NULL,
    amount_paise INTEGER NOT NULL CHECK (amount_paise > 0),
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    server_seq INTEGER NOT NULL DEFAULT 0, origin_device TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS settlement_deduction_settlement ON settlement_deduction(settlement_id);

-- §1.4: who, when, which PC, before/after. Append-only.
CREATE TABLE IF NOT EXISTS audit_log (
    id TEXT PRIMARY KEY NOT NULL,
    at TEXT NOT NULL,             -- UTC ISO-8601
    hlc TEXT NOT NULL,
    user_id TEXT,                 -- the signed-in app user, when there is one
    actor TEXT NOT NULL,          -- program and OS account, e.g. rentflowctl:asha
    device_id TEXT NOT NULL,
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    before_json TEXT,
    after_json TEXT
);
CREATE INDEX IF NOT EXISTS audit_log_row ON audit_log(table_name, row_id);
CREATE INDEX IF NOT EXISTS audit_log_hlc ON audit_log(hlc);

-- Local changes waiting to be pushed to the server (ARCHITECTURE.md "Sync").
CREATE TABLE IF NOT EXISTS sync_outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    mutation_id TEXT NOT NULL UNIQUE,
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    operation TEXT NOT NULL CHECK (operation IN ('insert', 'update', 'delete')),
    changed_fields TEXT NOT NULL, -- JSON object of column → new value
    base_server_seq INTEGER NOT NULL DEFAULT 0,
    hlc TEXT NOT NULL,
    created_at TEXT NOT NULL
);
