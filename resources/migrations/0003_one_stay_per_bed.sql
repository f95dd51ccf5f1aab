-- Schema v3. Every statement is safe to run twice.

-- §3 (issue 8): a bed is never let twice for the same day, whichever program writes.
-- CheckIn, Transfer and CheckOut refuse such a stay first, with the user's words; these
-- triggers are the backstop when two programs race. A live occupancy ends on its to_date,
-- or, while open, on the intended move-out of a notice not withdrawn (the bed can be
-- reserved from the day after), or never.
CREATE TRIGGER IF NOT EXISTS occupancy_one_stay_per_bed_insert
BEFORE INSERT ON occupancy
WHEN NEW.deleted = 0 AND EXISTS (
    SELECT 1 FROM occupancy o
    WHERE o.bed_id = NEW.bed_id AND o.id <> NEW.id AND o.deleted = 0
      AND o.from_date <= coalesce(NEW.to_date, (SELECT max(n.intended_move_out) FROM notice n
              WHERE n.agreement_id = NEW.agreement_id AND n.withdrawn = 0 AND n.deleted = 0),
              '9999-12-31')
      AND NEW.from_date <= coalesce(o.to_date, (SELECT max(n.intended_move_out) FROM notice n
              WHERE n.agreement_id = o.agreement_id AND n.withdrawn = 0 AND n.deleted = 0),
              '9999-12-31'))
BEGIN
    SELECT RAISE(ABORT, 'the bed is already let to another resident for some of these days');
END;

CREATE TRIGGER IF NOT EXISTS occupancy_one_stay_per_bed_update
BEFORE UPDATE OF bed_id, from_date, to_date, deleted ON occupancy
WHEN NEW.deleted = 0 AND EXISTS (
    SELECT 1 FROM occupancy o
    WHERE o.bed_id = NEW.bed_id AND o.id <> NEW.id AND o.deleted = 0
      AND o.from_date <= coalesce(NEW.to_date, (SELECT max(n.intended_move_out) FROM notice n
              WHERE n.agreement_id = NEW.agreement_id AND n.withdrawn = 0 AND n.deleted = 0),
              '9999-12-31')
      AND NEW.from_date <= coalesce(o.to_date, (SELECT max(n.intended_move_out) FROM notice n
              WHERE n.agreement_id = o.agreement_id AND n.withdrawn = 0 AND n.deleted = 0),
              '9999-12-31'))
BEGIN
    SELECT RAISE(ABORT, 'the bed is already let to another resident for some of these days');
END;
