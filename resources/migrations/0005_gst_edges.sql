-- Schema v5 (issue 8, GST and settlement edges). Every statement is safe to run twice.

-- §4.5: accommodation in hostels and paying guests is SAC 996322 on every line,
-- exempt or taxed. The taxed rules shipped before this step said 996311; only
-- those shipped rows change (an operator's own rules are left as they are).
UPDATE tax_rule SET sac = '996322', updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    WHERE category = 'accommodation' AND sac = '996311'
      AND description = 'Accommodation services' AND deleted = 0;

-- §3.5, §4.7: a resident's unused payments (advance credit, money credit notes
-- gave back) returned or set against what is owed at check-out, payment by
-- payment; what a payment can still pay is its amount less live allocations and
-- these rows, so a returning resident's next stay never spends it again.
CREATE TABLE IF NOT EXISTS credit_settled (
    id TEXT PRIMARY KEY NOT NULL,
    payment_id TEXT NOT NULL REFERENCES payment(id),
    settlement_id TEXT NOT NULL REFERENCES deposit_settlement(id),
    amount_paise INTEGER NOT NULL CHECK (amount_paise > 0),
    entry_date TEXT NOT NULL,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    server_seq INTEGER NOT NULL DEFAULT 0, origin_device TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS credit_settled_payment ON credit_settled(payment_id);

-- §4.8: what a credit note gave back as the payer's credit (the invoice had been
-- paid beyond what the note left of it), shown as its own line at settlement.
CREATE TABLE IF NOT EXISTS credit_note_return (
    id TEXT PRIMARY KEY NOT NULL,
    credit_note_id TEXT NOT NULL REFERENCES credit_note(id),
    amount_paise INTEGER NOT NULL CHECK (amount_paise > 0),
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    server_seq INTEGER NOT NULL DEFAULT 0, origin_device TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS credit_note_return_note ON credit_note_return(credit_note_id);

-- §3.5: a settlement's lines besides its deductions: credit returned with the
-- deposit and tax put right by debit notes, each its own line.
CREATE TABLE IF NOT EXISTS settlement_line (
    id TEXT PRIMARY KEY NOT NULL,
    settlement_id TEXT NOT NULL REFERENCES deposit_settlement(id),
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('advance_credit', 'credit_note_credit', 'debit_note')),
    description TEXT NOT NULL,
    amount_paise INTEGER NOT NULL CHECK (amount_paise > 0),
    source_id TEXT, -- the debit note
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    server_seq INTEGER NOT NULL DEFAULT 0, origin_device TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS settlement_line_settlement ON settlement_line(settlement_id, position);

-- §4.5: a stay that ends before the 90 days of Notification 12/2017-CT(Rate)
-- Sl. 12A is taxed for its whole length: each earlier exempt invoice (bill of
-- supply) is put right by a debit note (CGST s.34(3), Rule 53(1A)) carrying the
-- tax due, numbered in its own series (PREFIX = property, PC, 'D').
CREATE TABLE IF NOT EXISTS debit_note (
    id TEXT PRIMARY KEY NOT NULL,
    invoice_id TEXT NOT NULL REFERENCES invoice(id),
    agreement_id TEXT REFERENCES agreement(id),
    resident_id TEXT NOT NULL REFERENCES resident(id),
    property_id TEXT NOT NULL REFERENCES property(id),
    prefix TEXT NOT NULL,
    financial_year TEXT NOT NULL,
    sequence INTEGER NOT NULL CHECK (sequence >= 1),
    number TEXT NOT NULL CHECK (length(number) BETWEEN 1 AND 16),
    issue_date TEXT NOT NULL,
    reason TEXT NOT NULL, -- the basis: the stay's length, the rule and the invoice put right
    sac TEXT NOT NULL,
    taxable_paise INTEGER NOT NULL CHECK (taxable_paise > 0), -- value billed exempt, now taxed
    rate_bp INTEGER NOT NULL CHECK (rate_bp BETWEEN 1 AND 10000),
    cgst_paise INTEGER NOT NULL DEFAULT 0,
    sgst_paise INTEGER NOT NULL DEFAULT 0,
    igst_paise INTEGER NOT NULL DEFAULT 0,
    total_paise INTEGER NOT NULL CHECK (total_paise > 0), -- the tax debited
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    server_seq INTEGER NOT NULL DEFAULT 0, origin_device TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS debit_note_number ON debit_note(prefix, financial_year, sequence);
CREATE INDEX IF NOT EXISTS debit_note_invoice ON debit_note(invoice_id);
