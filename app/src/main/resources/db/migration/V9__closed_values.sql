-- Sổ Công Vụ, schema 9: every column that holds a closed value (the name of one of the app's enums, or a
-- document type code) accepts only those values, and the years the forms allow (2000–2100) are the only ones
-- stored. Before this, a data file could put any text there, and the screens, the report and the sample
-- documents stopped on it.
--
-- A database that already holds a value out of the list (it came in through a data file before this version)
-- is not refused: each such value is first replaced by the column's safe value, and the change is written to
-- the history (audit_log, actor "Sổ Công Vụ (V9)", the old value kept), so the clerk can see and correct it:
--   unit kind -> OTHER; staff category -> CONG_CHUC; signer authority -> NONE; holiday kind -> OFF;
--   plan status -> ISSUED when numbered, else DRAFT; target comparison -> AT_LEAST, measure -> MANUAL;
--   task source -> PLAN when in a plan, else INSTRUCTION; recurrence -> NONE with a deadline, else ONGOING;
--   hold -> NONE; meeting kind -> OTHER, format -> IN_PERSON; attendance -> PRESENT; inspection kind ->
--   SCHEDULED; a violator's category -> CONG_CHUC; severity -> MINOR; an unknown measure -> none (null);
--   an unknown audit action -> UPDATE; a register entry of an unknown type -> công văn (type ''), renumbered
--   after the year's last number when its number is taken; a plan's year out of range -> the year it was
--   created in (2000 or 2100 at worst). A report of an unknown kind or of a year out of range cannot be
--   shown or re-made (its period is unknown): it is removed, its kind, year and period noted in the history.
-- The rules the forms apply across columns and records hold too, so that every database at schema 9 passes the
-- checks of a data import (a backup made from it always restores); a record that breaks one is mended, noted in
-- the history likewise: a task's deadline before its assignment day -> the assignment day becomes the deadline
-- (the work recorded stays after it); a recurrence ending before the assignment -> ends on the assignment day, or
-- running over 10 years -> ends 10 years after it; a disciplinary measure decided without the decision's number
-- and date -> kept as the proposed measure, not decided; a person still working in a stopped unit -> stopped too.
-- The value lists follow the enums (ClosedValues in the code; ClosedValuesTest checks they agree).
-- Plain SQL (CHECK, IN, CASE, EXTRACT): the same in H2 and PostgreSQL.

-- unit.kind: OFFICE, DEPARTMENT, CENTER, POLICE, MILITARY, MASS_ORGANISATION, HAMLET, OTHER
INSERT INTO audit_log (changed_at, actor, entity, entity_id, action, field_name, old_value, new_value)
    SELECT CURRENT_TIMESTAMP, 'Sổ Công Vụ (V9)', 'unit', id, 'UPDATE', 'unit.field.kind', kind, 'OTHER' FROM unit WHERE kind NOT IN ('OFFICE', 'DEPARTMENT', 'CENTER', 'POLICE', 'MILITARY', 'MASS_ORGANISATION', 'HAMLET', 'OTHER');
UPDATE unit SET kind = 'OTHER' WHERE kind NOT IN ('OFFICE', 'DEPARTMENT', 'CENTER', 'POLICE', 'MILITARY', 'MASS_ORGANISATION', 'HAMLET', 'OTHER');
ALTER TABLE unit ADD CONSTRAINT ck_unit_kind CHECK (kind IN ('OFFICE', 'DEPARTMENT', 'CENTER', 'POLICE', 'MILITARY', 'MASS_ORGANISATION', 'HAMLET', 'OTHER'));

-- staff.category: CAN_BO, CONG_CHUC, VIEN_CHUC, NGUOI_LAO_DONG
INSERT INTO audit_log (changed_at, actor, entity, entity_id, action, field_name, old_value, new_value)
    SELECT CURRENT_TIMESTAMP, 'Sổ Công Vụ (V9)', 'staff', id, 'UPDATE', 'staff.field.category', category, 'CONG_CHUC' FROM staff WHERE category NOT IN ('CAN_BO', 'CONG_CHUC', 'VIEN_CHUC', 'NGUOI_LAO_DONG');
UPDATE staff SET category = 'CONG_CHUC' WHERE category NOT IN ('CAN_BO', 'CONG_CHUC', 'VIEN_CHUC', 'NGUOI_LAO_DONG');
ALTER TABLE staff ADD CONSTRAINT ck_staff_category CHECK (category IN ('CAN_BO', 'CONG_CHUC', 'VIEN_CHUC', 'NGUOI_LAO_DONG'));

-- signer.authority: TM, KT, NONE
INSERT INTO audit_log (changed_at, actor, entity, entity_id, action, field_name, old_value, new_value)
    SELECT CURRENT_TIMESTAMP, 'Sổ Công Vụ (V9)', 'signer', id, 'UPDATE', 'signer.field.authority', authority, 'NONE' FROM signer WHERE authority NOT IN ('TM', 'KT', 'NONE');
UPDATE signer SET authority = 'NONE' WHERE authority NOT IN ('TM', 'KT', 'NONE');
ALTER TABLE signer ADD CONSTRAINT ck_signer_authority CHECK (authority IN ('TM', 'KT', 'NONE'));

-- holiday.kind: OFF, WORK
INSERT INTO audit_log (changed_at, actor, entity, entity_id, action, field_name, old_value, new_value)
    SELECT CURRENT_TIMESTAMP, 'Sổ Công Vụ (V9)', 'holiday', id, 'UPDATE', 'holiday.field.kind', kind, 'OFF' FROM holiday WHERE kind NOT IN ('OFF', 'WORK');
UPDATE holiday SET kind = 'OFF' WHERE kind NOT IN ('OFF', 'WORK');
ALTER TABLE holiday ADD CONSTRAINT ck_holiday_kind CHECK (kind IN ('OFF', 'WORK'));

-- plan.status: DRAFT, ISSUED, EXPIRED
INSERT INTO audit_log (changed_at, actor, entity, entity_id, action, field_name, old_value, new_value)
    SELECT CURRENT_TIMESTAMP, 'Sổ Công Vụ (V9)', 'plan', id, 'UPDATE', 'plan.field.status', status, CASE WHEN register_id IS NULL THEN 'DRAFT' ELSE 'ISSUED' END FROM plan WHERE status NOT IN ('DRAFT', 'ISSUED', 'EXPIRED');
UPDATE plan SET status = CASE WHEN register_id IS NULL THEN 'DRAFT' ELSE 'ISSUED' END WHERE status NOT IN ('DRAFT', 'ISSUED', 'EXPIRED');
ALTER TABLE plan ADD CONSTRAINT ck_plan_status CHECK (status IN ('DRAFT', 'ISSUED', 'EXPIRED'));

-- plan_target.comparison: AT_LEAST, AT_MOST, EQUAL, REDUCE_BY
INSERT INTO audit_log (changed_at, actor, entity, entity_id, action, field_name, old_value, new_value)
    SELECT CURRENT_TIMESTAMP, 'Sổ Công Vụ (V9)', 'plan_target', id, 'UPDATE', 'target.field.goal', comparison, 'AT_LEAST' FROM plan_target WHERE comparison NOT IN ('AT_LEAST', 'AT_MOST', 'EQUAL', 'REDUCE_BY');
UPDATE plan_target SET comparison = 'AT_LEAST' WHERE comparison NOT IN ('AT_LEAST', 'AT_MOST', 'EQUAL', 'REDUCE_BY');
ALTER TABLE plan_target ADD CONSTRAINT ck_plan_target_comparison CHECK (comparison IN ('AT_LEAST', 'AT_MOST', 'EQUAL', 'REDUCE_BY'));

-- plan_target.measure: MANUAL, TASKS_ON_TIME, TASKS_DONE
INSERT INTO audit_log (changed_at, actor, entity, entity_id, action, field_name, old_value, new_value)
    SELECT CURRENT_TIMESTAMP, 'Sổ Công Vụ (V9)', 'plan_target', id, 'UPDATE', 'target.field.measure', measure, 'MANUAL' FROM plan_target WHERE measure NOT IN ('MANUAL', 'TASKS_ON_TIME', 'TASKS_DONE');
UPDATE plan_target SET measure = 'MANUAL' WHERE measure NOT IN ('MANUAL', 'TASKS_ON_TIME', 'TASKS_DONE');
ALTER TABLE plan_target ADD CONSTRAINT ck_plan_target_measure CHECK (measure IN ('MANUAL', 'TASKS_ON_TIME', 'TASKS_DONE'));

-- task.source: PLAN, MEETING, INSTRUCTION, INSPECTION
INSERT INTO audit_log (changed_at, actor, entity, entity_id, action, field_name, old_value, new_value)
    SELECT CURRENT_TIMESTAMP, 'Sổ Công Vụ (V9)', 'task', id, 'UPDATE', 'task.field.source', source, CASE WHEN plan_id IS NULL THEN 'INSTRUCTION' ELSE 'PLAN' END FROM task WHERE source NOT IN ('PLAN', 'MEETING', 'INSTRUCTION', 'INSPECTION');
UPDATE task SET source = CASE WHEN plan_id IS NULL THEN 'INSTRUCTION' ELSE 'PLAN' END WHERE source NOT IN ('PLAN', 'MEETING', 'INSTRUCTION', 'INSPECTION');
ALTER TABLE task ADD CONSTRAINT ck_task_source CHECK (source IN ('PLAN', 'MEETING', 'INSTRUCTION', 'INSPECTION'));

-- task.recurrence: NONE, ONGOING, MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY
INSERT INTO audit_log (changed_at, actor, entity, entity_id, action, field_name, old_value, new_value)
    SELECT CURRENT_TIMESTAMP, 'Sổ Công Vụ (V9)', 'task', id, 'UPDATE', 'task.field.recurrence', recurrence, CASE WHEN deadline IS NULL THEN 'ONGOING' ELSE 'NONE' END FROM task WHERE recurrence NOT IN ('NONE', 'ONGOING', 'MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY');
UPDATE task SET recurrence = CASE WHEN deadline IS NULL THEN 'ONGOING' ELSE 'NONE' END WHERE recurrence NOT IN ('NONE', 'ONGOING', 'MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY');
ALTER TABLE task ADD CONSTRAINT ck_task_recurrence CHECK (recurrence IN ('NONE', 'ONGOING', 'MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY'));

-- task.hold: NONE, PAUSED, CANCELLED
INSERT INTO audit_log (changed_at, actor, entity, entity_id, action, field_name, old_value, new_value)
    SELECT CURRENT_TIMESTAMP, 'Sổ Công Vụ (V9)', 'task', id, 'UPDATE', 'task.field.hold', hold, 'NONE' FROM task WHERE hold NOT IN ('NONE', 'PAUSED', 'CANCELLED');
UPDATE task SET hold = 'NONE' WHERE hold NOT IN ('NONE', 'PAUSED', 'CANCELLED');
ALTER TABLE task ADD CONSTRAINT ck_task_hold CHECK (hold IN ('NONE', 'PAUSED', 'CANCELLED'));

-- meeting.kind: BRIEFING, DISSEMINATION, PROFESSIONAL, MAJOR, OTHER
INSERT INTO audit_log (changed_at, actor, entity, entity_id, action, field_name, old_value, new_value)
    SELECT CURRENT_TIMESTAMP, 'Sổ Công Vụ (V9)', 'meeting', id, 'UPDATE', 'meeting.field.kind', kind, 'OTHER' FROM meeting WHERE kind NOT IN ('BRIEFING', 'DISSEMINATION', 'PROFESSIONAL', 'MAJOR', 'OTHER');
UPDATE meeting SET kind = 'OTHER' WHERE kind NOT IN ('BRIEFING', 'DISSEMINATION', 'PROFESSIONAL', 'MAJOR', 'OTHER');
ALTER TABLE meeting ADD CONSTRAINT ck_meeting_kind CHECK (kind IN ('BRIEFING', 'DISSEMINATION', 'PROFESSIONAL', 'MAJOR', 'OTHER'));

-- meeting.meeting_format: IN_PERSON, ONLINE, HYBRID
INSERT INTO audit_log (changed_at, actor, entity, entity_id, action, field_name, old_value, new_value)
    SELECT CURRENT_TIMESTAMP, 'Sổ Công Vụ (V9)', 'meeting', id, 'UPDATE', 'meeting.field.format', meeting_format, 'IN_PERSON' FROM meeting WHERE meeting_format NOT IN ('IN_PERSON', 'ONLINE', 'HYBRID');
UPDATE meeting SET meeting_format = 'IN_PERSON' WHERE meeting_format NOT IN ('IN_PERSON', 'ONLINE', 'HYBRID');
ALTER TABLE meeting ADD CONSTRAINT ck_meeting_meeting_format CHECK (meeting_format IN ('IN_PERSON', 'ONLINE', 'HYBRID'));

-- meeting_participant.attendance: PRESENT, LATE, ABSENT
INSERT INTO audit_log (changed_at, actor, entity, entity_id, action, field_name, old_value, new_value)
    SELECT CURRENT_TIMESTAMP, 'Sổ Công Vụ (V9)', 'meeting', meeting_id, 'UPDATE', 'meeting.field.participants', attendance, 'PRESENT' FROM meeting_participant WHERE attendance NOT IN ('PRESENT', 'LATE', 'ABSENT');
UPDATE meeting_participant SET attendance = 'PRESENT' WHERE attendance NOT IN ('PRESENT', 'LATE', 'ABSENT');
ALTER TABLE meeting_participant ADD CONSTRAINT ck_meeting_participant_attendance CHECK (attendance IN ('PRESENT', 'LATE', 'ABSENT'));

-- inspection.kind: SCHEDULED, SURPRISE, ONLINE
INSERT INTO audit_log (changed_at, actor, entity, entity_id, action, field_name, old_value, new_value)
    SELECT CURRENT_TIMESTAMP, 'Sổ Công Vụ (V9)', 'inspection', id, 'UPDATE', 'inspection.field.kind', kind, 'SCHEDULED' FROM inspection WHERE kind NOT IN ('SCHEDULED', 'SURPRISE', 'ONLINE');
UPDATE inspection SET kind = 'SCHEDULED' WHERE kind NOT IN ('SCHEDULED', 'SURPRISE', 'ONLINE');
ALTER TABLE inspection ADD CONSTRAINT ck_inspection_kind CHECK (kind IN ('SCHEDULED', 'SURPRISE', 'ONLINE'));

-- violation.staff_category: CAN_BO, CONG_CHUC, VIEN_CHUC, NGUOI_LAO_DONG
INSERT INTO audit_log (changed_at, actor, entity, entity_id, action, field_name, old_value, new_value)
    SELECT CURRENT_TIMESTAMP, 'Sổ Công Vụ (V9)', 'inspection', inspection_id, 'UPDATE', 'staff.field.category', staff_category, 'CONG_CHUC' FROM violation WHERE staff_category NOT IN ('CAN_BO', 'CONG_CHUC', 'VIEN_CHUC', 'NGUOI_LAO_DONG');
UPDATE violation SET staff_category = 'CONG_CHUC' WHERE staff_category NOT IN ('CAN_BO', 'CONG_CHUC', 'VIEN_CHUC', 'NGUOI_LAO_DONG');
ALTER TABLE violation ADD CONSTRAINT ck_violation_staff_category CHECK (staff_category IS NULL OR staff_category IN ('CAN_BO', 'CONG_CHUC', 'VIEN_CHUC', 'NGUOI_LAO_DONG'));

-- violation.severity: MINOR, SERIOUS, VERY_SERIOUS
INSERT INTO audit_log (changed_at, actor, entity, entity_id, action, field_name, old_value, new_value)
    SELECT CURRENT_TIMESTAMP, 'Sổ Công Vụ (V9)', 'inspection', inspection_id, 'UPDATE', 'inspection.violation.field.severity', severity, 'MINOR' FROM violation WHERE severity NOT IN ('MINOR', 'SERIOUS', 'VERY_SERIOUS');
UPDATE violation SET severity = 'MINOR' WHERE severity NOT IN ('MINOR', 'SERIOUS', 'VERY_SERIOUS');
ALTER TABLE violation ADD CONSTRAINT ck_violation_severity CHECK (severity IN ('MINOR', 'SERIOUS', 'VERY_SERIOUS'));

-- violation.proposed_measure: REMINDER, CRITICISM, SELF_CRITICISM, REPRIMAND, WARNING, SALARY_DOWNGRADE, DEMOTION, PAY_RISE_DELAY, REMOVAL_FROM_POST, DISMISSAL_FROM_OFFICE, FORCED_RESIGNATION, LABOUR_DISMISSAL
INSERT INTO audit_log (changed_at, actor, entity, entity_id, action, field_name, old_value, new_value)
    SELECT CURRENT_TIMESTAMP, 'Sổ Công Vụ (V9)', 'inspection', inspection_id, 'UPDATE', 'inspection.violation.field.proposed', proposed_measure, NULL FROM violation WHERE proposed_measure NOT IN ('REMINDER', 'CRITICISM', 'SELF_CRITICISM', 'REPRIMAND', 'WARNING', 'SALARY_DOWNGRADE', 'DEMOTION', 'PAY_RISE_DELAY', 'REMOVAL_FROM_POST', 'DISMISSAL_FROM_OFFICE', 'FORCED_RESIGNATION', 'LABOUR_DISMISSAL');
UPDATE violation SET proposed_measure = NULL WHERE proposed_measure NOT IN ('REMINDER', 'CRITICISM', 'SELF_CRITICISM', 'REPRIMAND', 'WARNING', 'SALARY_DOWNGRADE', 'DEMOTION', 'PAY_RISE_DELAY', 'REMOVAL_FROM_POST', 'DISMISSAL_FROM_OFFICE', 'FORCED_RESIGNATION', 'LABOUR_DISMISSAL');
ALTER TABLE violation ADD CONSTRAINT ck_violation_proposed_measure CHECK (proposed_measure IS NULL OR proposed_measure IN ('REMINDER', 'CRITICISM', 'SELF_CRITICISM', 'REPRIMAND', 'WARNING', 'SALARY_DOWNGRADE', 'DEMOTION', 'PAY_RISE_DELAY', 'REMOVAL_FROM_POST', 'DISMISSAL_FROM_OFFICE', 'FORCED_RESIGNATION', 'LABOUR_DISMISSAL'));

-- violation.decided_measure: REMINDER, CRITICISM, SELF_CRITICISM, REPRIMAND, WARNING, SALARY_DOWNGRADE, DEMOTION, PAY_RISE_DELAY, REMOVAL_FROM_POST, DISMISSAL_FROM_OFFICE, FORCED_RESIGNATION, LABOUR_DISMISSAL
INSERT INTO audit_log (changed_at, actor, entity, entity_id, action, field_name, old_value, new_value)
    SELECT CURRENT_TIMESTAMP, 'Sổ Công Vụ (V9)', 'inspection', inspection_id, 'UPDATE', 'inspection.violation.field.decided', decided_measure, NULL FROM violation WHERE decided_measure NOT IN ('REMINDER', 'CRITICISM', 'SELF_CRITICISM', 'REPRIMAND', 'WARNING', 'SALARY_DOWNGRADE', 'DEMOTION', 'PAY_RISE_DELAY', 'REMOVAL_FROM_POST', 'DISMISSAL_FROM_OFFICE', 'FORCED_RESIGNATION', 'LABOUR_DISMISSAL');
UPDATE violation SET decided_measure = NULL WHERE decided_measure NOT IN ('REMINDER', 'CRITICISM', 'SELF_CRITICISM', 'REPRIMAND', 'WARNING', 'SALARY_DOWNGRADE', 'DEMOTION', 'PAY_RISE_DELAY', 'REMOVAL_FROM_POST', 'DISMISSAL_FROM_OFFICE', 'FORCED_RESIGNATION', 'LABOUR_DISMISSAL');
ALTER TABLE violation ADD CONSTRAINT ck_violation_decided_measure CHECK (decided_measure IS NULL OR decided_measure IN ('REMINDER', 'CRITICISM', 'SELF_CRITICISM', 'REPRIMAND', 'WARNING', 'SALARY_DOWNGRADE', 'DEMOTION', 'PAY_RISE_DELAY', 'REMOVAL_FROM_POST', 'DISMISSAL_FROM_OFFICE', 'FORCED_RESIGNATION', 'LABOUR_DISMISSAL'));

-- audit_log.action: CREATE, UPDATE, DEACTIVATE, REACTIVATE, DELETE, RESTORE, PURGE
UPDATE audit_log SET action = 'UPDATE' WHERE action NOT IN ('CREATE', 'UPDATE', 'DEACTIVATE', 'REACTIVATE', 'DELETE', 'RESTORE', 'PURGE');
ALTER TABLE audit_log ADD CONSTRAINT ck_audit_log_action CHECK (action IN ('CREATE', 'UPDATE', 'DEACTIVATE', 'REACTIVATE', 'DELETE', 'RESTORE', 'PURGE'));

-- document_number.kind: the type codes of DocumentKind ('' = công văn)
INSERT INTO audit_log (changed_at, actor, entity, entity_id, action, field_name, old_value, new_value)
    SELECT CURRENT_TIMESTAMP, 'Sổ Công Vụ (V9)', 'document_number', id, 'UPDATE', 'document.field.number',
           kind || ' ' || CAST(doc_number AS VARCHAR(12)), ''
    FROM document_number WHERE kind NOT IN ('KH', 'BC', 'BB', 'QĐ', 'TB', '');
UPDATE document_number SET kind = ''
    WHERE kind NOT IN ('KH', 'BC', 'BB', 'QĐ', 'TB', '')
      AND NOT EXISTS (SELECT 1 FROM document_number d2
                      WHERE d2.doc_year = document_number.doc_year AND d2.kind = '' AND d2.doc_number = document_number.doc_number)
      AND id = (SELECT MIN(d3.id) FROM document_number d3
                WHERE d3.doc_year = document_number.doc_year AND d3.doc_number = document_number.doc_number
                  AND d3.kind NOT IN ('KH', 'BC', 'BB', 'QĐ', 'TB', ''));
UPDATE document_number
    SET doc_number = id + (SELECT MAX(d2.doc_number) FROM document_number d2 WHERE d2.doc_year = document_number.doc_year),
        kind = ''
    WHERE kind NOT IN ('KH', 'BC', 'BB', 'QĐ', 'TB', '');
ALTER TABLE document_number ADD CONSTRAINT ck_document_number_kind CHECK (kind IN ('KH', 'BC', 'BB', 'QĐ', 'TB', ''));

-- plan.plan_year: 2000–2100, as the plan form
INSERT INTO audit_log (changed_at, actor, entity, entity_id, action, field_name, old_value, new_value)
    SELECT CURRENT_TIMESTAMP, 'Sổ Công Vụ (V9)', 'plan', id, 'UPDATE', 'plan.field.year', CAST(plan_year AS VARCHAR(12)),
           CAST(CASE WHEN EXTRACT(YEAR FROM created_at) < 2000 THEN 2000 WHEN EXTRACT(YEAR FROM created_at) > 2100 THEN 2100
                     ELSE EXTRACT(YEAR FROM created_at) END AS VARCHAR(12))
    FROM plan WHERE plan_year NOT BETWEEN 2000 AND 2100;
UPDATE plan SET plan_year = CASE WHEN EXTRACT(YEAR FROM created_at) < 2000 THEN 2000
                                 WHEN EXTRACT(YEAR FROM created_at) > 2100 THEN 2100
                                 ELSE CAST(EXTRACT(YEAR FROM created_at) AS INT) END
    WHERE plan_year NOT BETWEEN 2000 AND 2100;
ALTER TABLE plan ADD CONSTRAINT ck_plan_year CHECK (plan_year BETWEEN 2000 AND 2100);

-- report.kind (QUARTER, HALF, NINE_MONTHS, YEAR) and report.report_year (2000–2100)
INSERT INTO audit_log (changed_at, actor, entity, entity_id, action, field_name, old_value, new_value)
    SELECT CURRENT_TIMESTAMP, 'Sổ Công Vụ (V9)', 'report', id, 'DELETE', 'report.field.period',
           kind || ' ' || CAST(report_year AS VARCHAR(12)) || ' ' || CAST(quarter AS VARCHAR(12)), NULL
    FROM report WHERE kind NOT IN ('QUARTER', 'HALF', 'NINE_MONTHS', 'YEAR') OR report_year NOT BETWEEN 2000 AND 2100;
DELETE FROM report WHERE kind NOT IN ('QUARTER', 'HALF', 'NINE_MONTHS', 'YEAR') OR report_year NOT BETWEEN 2000 AND 2100;
ALTER TABLE report ADD CONSTRAINT ck_report_kind CHECK (kind IN ('QUARTER', 'HALF', 'NINE_MONTHS', 'YEAR'));
ALTER TABLE report ADD CONSTRAINT ck_report_year CHECK (report_year BETWEEN 2000 AND 2100);

-- task: the deadline and the end of a recurrence are not before the assignment day; a recurrence runs 10 years at most
INSERT INTO audit_log (changed_at, actor, entity, entity_id, action, field_name, old_value, new_value)
    SELECT CURRENT_TIMESTAMP, 'Sổ Công Vụ (V9)', 'task', id, 'UPDATE', 'task.field.assignedOn',
           CAST(assigned_on AS VARCHAR(10)), CAST(deadline AS VARCHAR(10))
    FROM task WHERE deadline < assigned_on;
UPDATE task SET assigned_on = deadline WHERE deadline < assigned_on;
INSERT INTO audit_log (changed_at, actor, entity, entity_id, action, field_name, old_value, new_value)
    SELECT CURRENT_TIMESTAMP, 'Sổ Công Vụ (V9)', 'task', id, 'UPDATE', 'task.field.recurrenceUntil',
           CAST(recurrence_until AS VARCHAR(10)), CAST(assigned_on AS VARCHAR(10))
    FROM task WHERE recurrence_until < assigned_on;
UPDATE task SET recurrence_until = assigned_on WHERE recurrence_until < assigned_on;
INSERT INTO audit_log (changed_at, actor, entity, entity_id, action, field_name, old_value, new_value)
    SELECT CURRENT_TIMESTAMP, 'Sổ Công Vụ (V9)', 'task', id, 'UPDATE', 'task.field.recurrenceUntil',
           CAST(recurrence_until AS VARCHAR(10)), CAST(assigned_on + INTERVAL '10' YEAR AS VARCHAR(10))
    FROM task WHERE recurrence_until > assigned_on + INTERVAL '10' YEAR;
UPDATE task SET recurrence_until = assigned_on + INTERVAL '10' YEAR
    WHERE recurrence_until > assigned_on + INTERVAL '10' YEAR;
ALTER TABLE task ADD CONSTRAINT ck_task_deadline CHECK (deadline IS NULL OR deadline >= assigned_on);
ALTER TABLE task ADD CONSTRAINT ck_task_recurrence_until CHECK (recurrence_until IS NULL OR recurrence_until >= assigned_on);

-- violation: a disciplinary measure (not nhắc nhở, phê bình, kiểm điểm) is decided with its decision's number and date
INSERT INTO audit_log (changed_at, actor, entity, entity_id, action, field_name, old_value, new_value)
    SELECT CURRENT_TIMESTAMP, 'Sổ Công Vụ (V9)', 'inspection', inspection_id, 'UPDATE',
           'inspection.violation.field.decided', decided_measure, NULL
    FROM violation
    WHERE decided_measure NOT IN ('REMINDER', 'CRITICISM', 'SELF_CRITICISM')
      AND (decision_number IS NULL OR TRIM(decision_number) = '' OR decision_date IS NULL);
UPDATE violation SET proposed_measure = COALESCE(proposed_measure, decided_measure), decided_measure = NULL
    WHERE decided_measure NOT IN ('REMINDER', 'CRITICISM', 'SELF_CRITICISM')
      AND (decision_number IS NULL OR TRIM(decision_number) = '' OR decision_date IS NULL);
ALTER TABLE violation ADD CONSTRAINT ck_violation_decision CHECK (decided_measure IS NULL
    OR decided_measure IN ('REMINDER', 'CRITICISM', 'SELF_CRITICISM')
    OR (decision_number IS NOT NULL AND TRIM(decision_number) <> '' AND decision_date IS NOT NULL));

-- staff: nobody is still working in a unit that has stopped (the directory refuses it; it came from a data file)
INSERT INTO audit_log (changed_at, actor, entity, entity_id, action, field_name, old_value, new_value)
    SELECT CURRENT_TIMESTAMP, 'Sổ Công Vụ (V9)', 'staff', id, 'DEACTIVATE', NULL, NULL, NULL
    FROM staff WHERE active AND unit_id IN (SELECT id FROM unit WHERE NOT active);
UPDATE staff SET active = FALSE WHERE active AND unit_id IN (SELECT id FROM unit WHERE NOT active);
