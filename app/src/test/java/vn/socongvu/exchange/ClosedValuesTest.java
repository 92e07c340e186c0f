package vn.socongvu.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.flywaydb.core.Flyway;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.common.Progress;
import vn.socongvu.common.StoredValues;
import vn.socongvu.directory.StaffCategory;
import vn.socongvu.directory.UnitKind;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.document.SampleDocuments;
import vn.socongvu.inspection.DisciplineMeasure;
import vn.socongvu.meeting.Attendance;
import vn.socongvu.meeting.MeetingFilter;
import vn.socongvu.meeting.MeetingFormat;
import vn.socongvu.meeting.MeetingKind;
import vn.socongvu.report.ReportKind;
import vn.socongvu.report.ReportPeriod;
import vn.socongvu.settings.CommuneSetup;
import vn.socongvu.settings.ReportDeadlines;
import vn.socongvu.storage.DataFolder;
import vn.socongvu.task.Hold;
import vn.socongvu.task.Recurrence;
import vn.socongvu.task.TaskFilter;
import vn.socongvu.task.TaskSource;

/** Schema 9: the database takes only the enums' values, and a database that holds others is mended, not refused. */
class ClosedValuesTest {
    private static final Pattern LITERAL = Pattern.compile("(U&)?'([^']*)'");
    /** H2 shows a literal with a character outside ASCII as U&'Q\\0110' (QĐ). */
    private static final Pattern ESCAPE = Pattern.compile("\\\\([0-9A-Fa-f]{4})");

    @TempDir
    Path tmp;

    @Test
    void everyClosedColumnAcceptsExactlyItsEnumsValues() {
        try (Services s = TestServices.empty(tmp)) {
            for (var table : ClosedValues.all().entrySet()) {
                for (var column : table.getValue().entrySet()) {
                    String name = ("ck_" + table.getKey() + "_" + column.getKey()).toUpperCase(Locale.ROOT);
                    String clause = s.db().dsl().resultQuery("SELECT CHECK_CLAUSE FROM INFORMATION_SCHEMA.CHECK_CONSTRAINTS"
                            + " WHERE CONSTRAINT_NAME = ?", name).fetchOptional(0, String.class)
                            .orElseThrow(() -> new AssertionError("no constraint " + name));
                    Set<String> listed = new HashSet<>();
                    Matcher m = LITERAL.matcher(clause);
                    while (m.find()) {
                        listed.add(m.group(1) == null ? m.group(2) : ESCAPE.matcher(m.group(2))
                                .replaceAll(e -> String.valueOf((char) Integer.parseInt(e.group(1), 16))));
                    }
                    assertEquals(Set.copyOf(column.getValue()), listed, name + ": " + clause);
                }
            }
            String decision = s.db().dsl().resultQuery("SELECT CHECK_CLAUSE FROM INFORMATION_SCHEMA.CHECK_CONSTRAINTS"
                    + " WHERE CONSTRAINT_NAME = 'CK_VIOLATION_DECISION'").fetchOne(0, String.class);
            Set<String> inHouse = new HashSet<>();
            Matcher m = LITERAL.matcher(decision);
            while (m.find()) {
                inHouse.add(m.group(2));
            }
            inHouse.remove("");
            assertEquals(Arrays.stream(DisciplineMeasure.values())
                    .filter(DisciplineMeasure::inHouse).map(Enum::name)
                    .collect(Collectors.toSet()), inHouse, decision);
        }
    }

    @Test
    void anUnknownKindOrCategoryIsRefusedByTheDatabase() {
        try (Services s = TestServices.empty(tmp)) {
            var dsl = s.db().dsl();
            assertThrows(DataAccessException.class, () -> dsl.execute(
                    "INSERT INTO unit (id, name, name_key, kind) VALUES (1, 'Nhà máy', 'nha may', 'NHA_MAY')"));
            dsl.execute("INSERT INTO unit (id, name, name_key, kind) VALUES (1, 'Tổ công nghệ số', 'to cong nghe so', 'OTHER')");
            assertThrows(DataAccessException.class, () -> dsl.execute(
                    "INSERT INTO staff (full_name, unit_id, category) VALUES ('Nguyễn Văn A', 1, 'HOP_DONG')"));
            assertThrows(DataAccessException.class, () -> dsl.execute(
                    "UPDATE unit SET kind = 'other' WHERE id = 1"));
            assertThrows(DataAccessException.class, () -> dsl.execute(
                    "INSERT INTO plan (plan_year, title, status, created_at) VALUES (1999, 'KH', 'DRAFT', CURRENT_TIMESTAMP)"));
            assertEquals(1, s.directory().units().size());
        }
    }

    /** A folder at schema 8 whose records hold values no form could have saved (they came in from a data file). */
    private Path schema8WithUnknownValues() throws Exception {
        Path dir = tmp.resolve("v8");
        Files.createDirectories(dir);
        String url = "jdbc:h2:file:" + dir.resolve(DataFolder.DB_NAME) + ";AUTO_SERVER=FALSE";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration")
                .table("flyway_schema_history").target("8").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            for (String sql : List.of(
                    "INSERT INTO unit (id, name, name_key, kind) VALUES (1, 'Phòng Kinh tế', 'phong kinh te', 'NHA_MAY')",
                    "INSERT INTO unit (id, name, name_key, kind) VALUES (2, 'Văn phòng', 'van phong', 'OFFICE')",
                    "INSERT INTO staff (id, full_name, unit_id, category) VALUES (1, 'Nguyễn Văn A', 1, 'HOP_DONG')",
                    "INSERT INTO staff (id, full_name, unit_id, category) VALUES (2, 'Trần Thị B', 2, 'CAN_BO')",
                    "INSERT INTO plan (id, plan_year, title, status, created_at)"
                            + " VALUES (1, 1999, 'Kế hoạch cải cách hành chính', 'PUBLISHED', TIMESTAMP '2026-01-05 08:00:00')",
                    "INSERT INTO task (id, source, content, lead_unit_id, assigned_on, deadline, recurrence, hold, search_text)"
                            + " VALUES (1, 'KHAC', 'Rà soát thủ tục', 1, DATE '2026-01-05', NULL, 'WEEKLY', 'STOPPED', 'ra soat thu tuc')",
                    "INSERT INTO task_occurrence (task_id, period_start, due_on) VALUES (1, DATE '2026-01-05', NULL)",
                    "INSERT INTO meeting (id, kind, meeting_format, title, starts_at, ends_at, search_text, created_at)"
                            + " VALUES (1, 'TIEC', 'ZOOM', 'Giao ban tháng 1', TIMESTAMP '2026-01-06 08:00:00',"
                            + " TIMESTAMP '2026-01-06 10:00:00', 'giao ban thang 1', TIMESTAMP '2026-01-06 07:00:00')",
                    "INSERT INTO meeting_participant (meeting_id, position, staff_id, full_name, attendance)"
                            + " VALUES (1, 0, 2, 'Trần Thị B', 'MAYBE')",
                    "INSERT INTO document_number (id, doc_year, kind, doc_number, title, created_at)"
                            + " VALUES (1, 2026, '', 7, 'Công văn', CURRENT_TIMESTAMP)",
                    "INSERT INTO document_number (id, doc_year, kind, doc_number, title, created_at)"
                            + " VALUES (2, 2026, 'XX', 7, 'Loại lạ', CURRENT_TIMESTAMP)",
                    "INSERT INTO document_number (id, doc_year, kind, doc_number, title, created_at)"
                            + " VALUES (3, 2026, 'YY', 8, 'Loại lạ khác', CURRENT_TIMESTAMP)",
                    "INSERT INTO report (id, kind, report_year, quarter, window_from, window_to, created_at)"
                            + " VALUES (1, 'WEEK', 2026, 0, DATE '2025-12-15', DATE '2026-12-14', CURRENT_TIMESTAMP)",
                    "INSERT INTO audit_log (changed_at, actor, entity, entity_id, action) VALUES (CURRENT_TIMESTAMP, 'x', 'unit', 1, 'HACK')",
                    // What the forms refuse across columns and records.
                    "INSERT INTO task (id, source, content, lead_unit_id, instruction_ref, assigned_on, deadline, recurrence,"
                            + " search_text) VALUES (2, 'INSTRUCTION', 'Báo cáo quý', 2, '12/CV-UBND', DATE '2026-03-10',"
                            + " DATE '2026-03-01', 'NONE', 'bao cao quy')",
                    "INSERT INTO task_occurrence (task_id, period_start, due_on) VALUES (2, DATE '2026-03-10', DATE '2026-03-02')",
                    "INSERT INTO unit (id, name, name_key, kind, active) VALUES (3, 'Tổ đã giải thể', 'to da giai the', 'OTHER', FALSE)",
                    "INSERT INTO staff (id, full_name, unit_id, category, active) VALUES (3, 'Lê Văn C', 3, 'CONG_CHUC', TRUE)",
                    "INSERT INTO inspection (id, kind, title, starts_on, ends_on, leader_id, search_text, created_at)"
                            + " VALUES (1, 'SURPRISE', 'Kiểm tra giờ làm việc', DATE '2026-02-02', DATE '2026-02-02', 2,"
                            + " 'kiem tra gio lam viec', CURRENT_TIMESTAMP)",
                    "INSERT INTO inspection_unit (inspection_id, position, unit_id) VALUES (1, 0, 2)",
                    "INSERT INTO violation (inspection_id, position, staff_id, full_name, staff_category, unit_id, content,"
                            + " severity, decided_measure) VALUES (1, 0, 2, 'Trần Thị B', 'CAN_BO', 2, 'Đi muộn', 'MINOR', 'WARNING')",
                    // As a database that made them would: the next unit and person get the next numbers.
                    "ALTER TABLE unit ALTER COLUMN id RESTART WITH 4",
                    "ALTER TABLE staff ALTER COLUMN id RESTART WITH 4")) {
                st.execute(sql);
            }
        }
        return dir;
    }

    @Test
    void aSchema8DatabaseHoldingUnknownValuesIsMendedAndEveryScreenAndReportOpens() throws Exception {
        Path dir = schema8WithUnknownValues();
        try (Services s = TestServices.at(dir, LocalDate.of(2026, 11, 22))) {
            var units = s.directory().units();
            assertEquals(UnitKind.OTHER, units.stream().filter(u -> u.id() == 1).findFirst().orElseThrow().kind());
            assertEquals(StaffCategory.CONG_CHUC, s.directory().staff(1).orElseThrow().category());
            assertEquals(2026, s.plans().plan(1).year());
            var task = s.tasks().task(1);
            assertEquals(Recurrence.ONGOING, task.recurrence(), "no deadline: an ongoing task");
            assertEquals(TaskSource.INSTRUCTION, task.source());
            assertEquals(Hold.NONE, task.hold());
            var meeting = s.meetings().meeting(1);
            assertEquals(MeetingKind.OTHER, meeting.kind());
            assertEquals(MeetingFormat.IN_PERSON, meeting.format());
            assertEquals(Attendance.PRESENT, meeting.participants().getFirst().attendance());
            var register = s.db().dsl().fetch("SELECT kind, doc_number FROM document_number ORDER BY id");
            assertEquals(List.of("", "", ""), register.getValues(0, String.class), "unknown types become công văn");
            Set<Integer> numbers = new HashSet<>(register.getValues(1, Integer.class));
            assertEquals(3, numbers.size(), "and keep distinct numbers: " + register);
            assertTrue(numbers.containsAll(List.of(7, 8)), "a number not taken is kept: " + register);
            assertEquals(0, s.db().dsl().fetchCount(s.db().dsl().selectFrom("report")), "a report of no known period goes");

            // Every change is in the history, with the value it replaced.
            Map<String, String> changed = new HashMap<>();
            s.db().dsl().fetch("SELECT entity, field_name, old_value FROM audit_log WHERE actor = 'Sổ Công Vụ (V9)'")
                    .forEach(r -> changed.put(r.get(0, String.class) + "." + r.get(1, String.class), r.get(2, String.class)));
            assertEquals("NHA_MAY", changed.get("unit.unit.field.kind"), changed.toString());
            assertEquals("HOP_DONG", changed.get("staff.staff.field.category"), changed.toString());
            assertEquals("WEEKLY", changed.get("task.task.field.recurrence"), changed.toString());
            assertEquals("1999", changed.get("plan.plan.field.year"), changed.toString());
            assertTrue(changed.get("report.report.field.period").startsWith("WEEK 2026"), changed.toString());
            assertFalse(s.audit().history(s.db().dsl(), "unit", 1L).isEmpty(), "the history shows, the odd action too");

            // The screens' lists, the periodic report and the sample documents.
            assertFalse(s.tasks().list(TaskFilter.year(2026, LocalDate.of(2026, 11, 22))).isEmpty());
            assertFalse(s.meetings().list(MeetingFilter.period(LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 12, 31))).isEmpty());
            s.settings().setUp(new CommuneSetup("Bình Thành", "Thái Nguyên", null,
                    "Nguyễn Văn Hùng", List.of(), false));
            s.reports().export(ReportPeriod.of(ReportKind.YEAR, 2026), tmp.resolve("bao-cao"), true, true, Progress.NONE);
            SampleDocuments samples = new SampleDocuments(s.settings(), s.directory(), LocalDate.of(2026, 1, 5));
            assertFalse(samples.all().isEmpty());
            samples.spreadsheet();

            // The form rules hold too: the mended task, violation and person.
            var early = s.tasks().task(2);
            assertEquals(LocalDate.of(2026, 3, 1), early.assignedOn(), "the assignment moves to the deadline");
            assertEquals("2026-03-10", s.db().dsl().fetchValue("SELECT old_value FROM audit_log WHERE entity = 'task'"
                    + " AND entity_id = 2 AND field_name = 'task.field.assignedOn'"), "and the history says so");
            assertFalse(s.directory().staff(3).orElseThrow().active(), "nobody works in a stopped unit");
            var violation = s.inspections().inspection(1).violations().getFirst();
            assertEquals(null, violation.decided(), "a measure with no decision is not decided…");
            assertEquals(DisciplineMeasure.WARNING, violation.proposed(), "…but proposed");

            // So the mended data passes a data import's checks: a backup of it restores.
            Path file = s.exchange().export(tmp.resolve("xuat"), Progress.NONE).file();
            try (DataExchange.Prepared p = DataExchange.prepare(file, tmp.resolve("may-moi"), Progress.NONE)) {
                assertTrue(p.summary().total() > 0);
            }
        }
    }

    @Test
    void aStoredValueNoEnumHasReadsAsTheSafeOne() {
        assertEquals(UnitKind.OTHER, StoredValues.of(UnitKind.class, "NHA_MAY", UnitKind.OTHER));
        assertEquals(UnitKind.HAMLET, StoredValues.of(UnitKind.class, "HAMLET", UnitKind.OTHER));
        assertEquals(null, StoredValues.of(UnitKind.class, null, UnitKind.OTHER));
        assertEquals(DocumentKind.CONG_VAN, DocumentKind.byCodeOrCongVan("XX"));
    }

    @Test
    void unreadableFrozenFiguresNeitherStopTheReportNorImport() throws Exception {
        Path file;
        try (Services s = TestServices.binhThanh(tmp.resolve("xa"), LocalDate.of(2026, 11, 22))) {
            s.db().dsl().execute("INSERT INTO report (id, kind, report_year, quarter, window_from, window_to, figures,"
                    + " figures_as_of, frozen_at, created_at) VALUES (1, 'YEAR', 2026, 0, DATE '2025-12-15',"
                    + " DATE '2026-12-14', '{\"tasks\": [1, 2', DATE '2026-11-22', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            var report = s.reports().report(1);
            assertEquals(null, report.frozen(), "unreadable frozen figures: the report follows the records");
            file = s.exchange().export(tmp.resolve("xuat"), Progress.NONE).file();
            s.reports().export(report.period(), tmp.resolve("bao-cao"), true, true, Progress.NONE);
        }
        Path to = tmp.resolve("may-moi");
        ImportRefusedException e = assertThrows(ImportRefusedException.class,
                () -> DataExchange.prepare(file, to, Progress.NONE));
        assertTrue(e.problems().stream().anyMatch(p -> p.text().contains("bảng report")
                && p.text().contains("bản ghi id 1") && p.text().contains("figures")), e.userMessage());
    }

    @Test
    void aStoredReportingDayNoFormAcceptsReadsAsTheDefault() {
        try (Services s = TestServices.binhThanh(tmp.resolve("xa"), LocalDate.of(2026, 11, 22))) {
            s.db().dsl().execute("UPDATE setting SET setting_value = '40' WHERE setting_key = 'report_window_start_day'");
            assertEquals(ReportDeadlines.DEFAULTS.windowStartDay(),
                    s.settings().deadlines().windowStartDay());
            s.reports().export(ReportPeriod.quarter(2026, 3), tmp.resolve("bao-cao"), true, true, Progress.NONE);
        }
    }
}
