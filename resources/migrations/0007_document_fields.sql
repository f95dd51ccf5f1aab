-- Schema v7: facts the documents print that had no column (issue 9). Every statement is
-- safe to run twice: the Migrator leaves out an ADD COLUMN whose column the table
-- already has (SQLite 3.15 has no ADD COLUMN IF NOT EXISTS).

-- The terms printed under every invoice ("Payment due by the 5th; …"), and the name in
-- the invoice's "Authorised signatory" block.
ALTER TABLE organisation ADD COLUMN invoice_terms TEXT;
ALTER TABLE organisation ADD COLUMN signatory_name TEXT;

-- The police tenant-verification form asks for the father's (or guardian's) name.
ALTER TABLE resident ADD COLUMN father_name TEXT;
