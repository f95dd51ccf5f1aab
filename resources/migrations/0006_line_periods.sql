-- Schema v6: the days an invoice line bills, as a fact of the line rather than words in
-- its description (§4.2, §4.4). Every statement is safe to run twice: SQLite 3.15 has
-- no ADD COLUMN IF NOT EXISTS, so the Migrator leaves out an ADD COLUMN whose column
-- the table already has (and the step commits with user_version in one transaction).

-- 'YYYY-MM-DD', first and last day billed: a rent stretch, a recurring charge's days,
-- a utility share's meter interval (the day after the previous reading to the
-- reading's day). NULL for a line without a period (one-off charges, late fees).
ALTER TABLE invoice_line ADD COLUMN period_from TEXT;
ALTER TABLE invoice_line ADD COLUMN period_to TEXT
    CHECK (coalesce(period_from <= period_to, period_from IS NULL AND period_to IS NULL));

-- Utility shares billed before v6: the interval is the day after the meter's previous
-- reading to the line's reading, when that is certainly the interval that was billed:
-- the previous reading was there when the line was written, and no reading (not even
-- one deleted since) lies between the two. Otherwise the period stays NULL and the
-- books check reads the days the line's (English, pre-v6) description names.
UPDATE invoice_line
SET period_from = (
        SELECT date(max(p.reading_date), '+1 day') FROM meter_reading r
        JOIN meter_reading p ON p.meter_id = r.meter_id AND p.deleted = 0
            AND p.reading_date < r.reading_date
        WHERE r.id = invoice_line.source_id),
    period_to = (SELECT r.reading_date FROM meter_reading r WHERE r.id = invoice_line.source_id)
WHERE kind = 'utility' AND period_from IS NULL AND EXISTS (
    SELECT 1 FROM meter_reading r
    JOIN meter_reading p ON p.meter_id = r.meter_id AND p.deleted = 0
        AND p.reading_date = (SELECT max(x.reading_date) FROM meter_reading x
                              WHERE x.meter_id = r.meter_id AND x.deleted = 0
                                AND x.reading_date < r.reading_date)
    WHERE r.id = invoice_line.source_id
      AND p.created_at <= invoice_line.created_at
      AND NOT EXISTS (SELECT 1 FROM meter_reading b WHERE b.meter_id = r.meter_id
                      AND b.reading_date > p.reading_date AND b.reading_date < r.reading_date));
