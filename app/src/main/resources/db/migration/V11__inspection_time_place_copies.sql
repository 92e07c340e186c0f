-- Sổ Công Vụ, schema 11: what the inspection record (Mẫu 1.9, Nghị định 30/2020) states besides the days: the hour
-- the inspection began (on its first day) and ended (on its last day), the place, and how many copies the record
-- is made in. Inspections recorded before keep these empty (the record then leaves them to fill in by hand) and
-- two copies, the usual number (one for the team, one for the unit inspected).
ALTER TABLE inspection ADD COLUMN starts_at TIMESTAMP;
ALTER TABLE inspection ADD COLUMN ends_at TIMESTAMP;
ALTER TABLE inspection ADD COLUMN place VARCHAR(300);
ALTER TABLE inspection ADD COLUMN copies INT DEFAULT 2 NOT NULL;
ALTER TABLE inspection ADD CONSTRAINT ck_inspection_start_day CHECK (starts_at IS NULL OR CAST(starts_at AS DATE) = starts_on);
ALTER TABLE inspection ADD CONSTRAINT ck_inspection_end_day CHECK (ends_at IS NULL OR CAST(ends_at AS DATE) = ends_on);
ALTER TABLE inspection ADD CONSTRAINT ck_inspection_times CHECK (starts_at IS NULL OR ends_at IS NULL OR ends_at > starts_at);
ALTER TABLE inspection ADD CONSTRAINT ck_inspection_copies CHECK (copies BETWEEN 1 AND 20);
