-- Schema v9: an invoice keeps the supplier it was issued by (CGST Rule 46(a): name,
-- address and GSTIN of the supplier). The GSTIN was kept from v1; the name, legal name
-- and address are kept from v9, so a reprint after the organisation moves or renames
-- shows what was issued. Invoices issued before v9 have NULL here and print the
-- organisation's current name and address.
ALTER TABLE invoice ADD COLUMN supplier_name TEXT;
ALTER TABLE invoice ADD COLUMN supplier_legal_name TEXT;
ALTER TABLE invoice ADD COLUMN supplier_address TEXT;
