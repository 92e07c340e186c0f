package vn.socongvu.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.socongvu.storage.jooq.Tables.AUDIT_LOG;
import static vn.socongvu.storage.jooq.Tables.INSPECTION;
import static vn.socongvu.storage.jooq.Tables.REPORT;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.common.Progress;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;
import vn.socongvu.evaluation.Exemption;
import vn.socongvu.settings.CommuneSetup;
import vn.socongvu.storage.Database;
import vn.socongvu.storage.ImportProblem;
import vn.socongvu.storage.StorageException;
import vn.socongvu.task.TaskFilter;
import vn.socongvu.task.TaskRow;
import vn.socongvu.task.TaskState;

class DataExchangeTest {
    @TempDir
    static Path shared;

    static final List<String> EVALUATION_TABLES = List.of("evaluation_weight", "evaluation_mark", "evaluation_general",
            "evaluation_case");
    /** The checksum of a table without rows. */
    static final String EMPTY_TABLE = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    /** A demo commune's data exported once; every test works on copies. */
    static Path exported;
    static Map<String, String> exportedChecksums;
    static String json;

    @TempDir
    Path tmp;

    @BeforeAll
    static void export() throws Exception {
        try (Services s = TestServices.demo(shared.resolve("demo"))) {
            // The evaluation's rows evaluationRowsAreCheckedAsTheFormsCheckThem alters, whichever the demo drew on
            // the day (it is made as of today): a task's weight and a delay's objective cause.
            TaskRow late = s.tasks().list(TaskFilter.year(2026, s.tasks().today())).stream()
                    .filter(r -> r.state() == TaskState.DONE_LATE && r.planId() != null).findFirst().orElseThrow();
            s.evaluation().setTaskWeight(late.taskId(), 2.0);
            s.evaluation().exemptDelay(late.occurrenceId(), new Exemption("Mưa lũ kéo dài, đường vào thôn bị sạt lở",
                    "Ma Thị Hằng", s.tasks().today()));
            // Without the demo's periodic reports: the tests below relabel the file as schemas that had no reports
            // (6) or not their text by area (8); the reports' own round trip is ReportServiceTest's.
            s.db().dsl().deleteFrom(REPORT).execute();
            s.db().dsl().deleteFrom(AUDIT_LOG).where(AUDIT_LOG.ENTITY.eq("report")).execute();
            exportedChecksums = TestServices.recordChecksums(s);
            exported = s.exchange().export(shared.resolve("out"), Progress.NONE).file();
        }
        json = Files.readString(exported);
    }

    /**
     * The file as a schema before 11 wrote it: the inspections without the columns V11 added (their hours, place
     * and copies), which an older schema does not have.
     */
    static String beforeV11(String file) {
        StringBuilder out = new StringBuilder();
        for (String line : file.split("\n", -1)) {
            if (line.contains("\"record_register_id\":") && line.contains("\"leader_id\":")) {
                line = line.replaceAll(",\"(starts_at|ends_at|place)\":(null|\"(?:[^\"\\\\]|\\\\.)*\")", "")
                        .replaceAll(",\"copies\":\\d+", "");
            }
            out.append(line).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    /** A folder with its own (different) data, to prove a refused import leaves it untouched. */
    private Path existingData() {
        Path dir = tmp.resolve("data");
        if (Files.exists(dir)) {
            return dir;
        }
        try (Services s = TestServices.empty(dir)) {
            s.settings().setUp(new CommuneSetup("Tân Lập", "Phú Thọ", null, "Lê Văn Nam", List.of(), true));
        }
        return dir;
    }

    /** The file as a schema before 10 wrote it: without what V10–V13 added (see each step). */
    private static String beforeSchema10(String content) {
        return beforeV11(beforeSchema12(withoutV13(withoutV14(withoutV15(content)))));
    }

    /**
     * The file as a schema before 12 wrote it: without the inspection's columns of its decision and report (V12).
     * A file of the current schema only relabelled as older would name columns its schema does not have.
     */
    private static String beforeSchema12(String content) {
        String out = content;
        for (String column : List.of("decision_register_id", "decision_signer_id", "decision_bases",
                "report_register_id", "report_signer_id", "report_proposals")) {
            out = out.replaceAll(",\"" + column + "\":(null|-?\\d+|\"(?:[^\"\\\\]|\\\\.)*\")", "");
        }
        return out;
    }

    private Path file(String content) throws Exception {
        return Files.writeString(tmp.resolve("du-lieu.json"), content, StandardCharsets.UTF_8);
    }

    /** Imports {@code content} into a folder with data of its own; asserts it is refused and nothing changed. */
    private ImportRefusedException refused(String content) throws Exception {
        Path data = existingData();
        Map<String, String> before;
        try (Services s = TestServices.empty(data)) {
            before = TestServices.checksums(s);
        }
        Path f = file(content);
        ImportRefusedException e = assertThrows(ImportRefusedException.class,
                () -> DataExchange.prepare(f, data, Progress.NONE));
        try (Services s = TestServices.empty(data); var left = Files.list(data)) {
            assertEquals(before, TestServices.checksums(s), "the data is untouched");
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".nhap-du-lieu-")),
                    "no work folder left behind");
        }
        assertFalse(e.problems().isEmpty());
        return e;
    }

    private static boolean mentions(ImportRefusedException e, String... words) {
        return e.problems().stream().map(ImportProblem::text).anyMatch(t -> List.of(words).stream().allMatch(t::contains));
    }

    @Test
    void theFileIsDocumentedJsonWithOneRecordPerLine() {
        assertTrue(exported.getFileName().toString().matches("SoCongVu-du-lieu-Binh-Thanh-\\d{8}-\\d{6}\\.json"));
        assertTrue(json.startsWith("{\n\"format\":\"socongvu-data\",\n\"formatVersion\":1,\n\"schemaVersion\":"
                + Database.LATEST_SCHEMA_VERSION + ",\n"), json.substring(0, 100));
        String unitLine = json.lines().filter(l -> l.contains("\"name_key\":\"van phong hdnd va ubnd\""))
                .findFirst().orElseThrow();
        assertTrue(unitLine.startsWith("{\"id\":") && unitLine.endsWith("},"), unitLine);
        assertTrue(json.contains("\"deadline\":\"20"), "dates as yyyy-MM-dd");
    }

    @Test
    void anExportImportedIntoANewFolderGivesIdenticalRecords() throws Exception {
        Path fresh = tmp.resolve("may-moi");
        try (DataExchange.Prepared p = DataExchange.prepare(exported, fresh, Progress.NONE)) {
            assertEquals("Bình Thành", p.summary().commune());
            assertTrue(p.summary().counts().get("task") > 50);
            assertNull(p.applyTo(fresh), "nothing to keep in a new folder");
        }
        try (Services s = TestServices.empty(fresh)) {
            assertEquals(exportedChecksums, TestServices.recordChecksums(s));
            // New records continue after the imported ids.
            long highest = s.directory().units().stream().mapToLong(Unit::id).max().orElseThrow();
            var u = s.directory().saveUnit(new Unit.Draft(null, "Tổ công nghệ số", null, UnitKind.OTHER, null, null));
            assertEquals(highest + 1, u.id());
        }
    }

    @Test
    void anImportReplacesExistingDataAndKeepsACopyOfIt() throws Exception {
        Path data = existingData();
        Path kept;
        try (DataExchange.Prepared p = DataExchange.prepare(exported, data, Progress.NONE)) {
            kept = p.applyTo(data);
        }
        assertNotNull(kept);
        assertTrue(kept.getFileName().toString().startsWith("truoc-nhap-du-lieu-") && Files.size(kept) > 0);
        try (Services s = TestServices.empty(data)) {
            assertEquals(exportedChecksums, TestServices.recordChecksums(s));
        }
    }

    @Test
    void aFileOfAnOlderSchemaIsBroughtUpToDate() throws Exception {
        // Schema 6 had neither the "report" table (V7) nor the "trash" (V8): such a file imports and is migrated.
        String older = beforeSchema10(json).replace("\"schemaVersion\":" + Database.LATEST_SCHEMA_VERSION,
                "\"schemaVersion\":6");
        for (String added : List.of("report", "trash")) {
            older = older.replace("\"" + added + "\":0,\n", "").replace("\"" + added + "\":0\n", "\n")
                    .replaceAll("\"" + added + "\":\\[\\],?\n?", "");
            assertFalse(older.contains("\"" + added + "\""), "the test file has no " + added + " table");
        }
        Path fresh = tmp.resolve("cu");
        try (DataExchange.Prepared p = DataExchange.prepare(file(older), fresh, Progress.NONE)) {
            assertEquals(6, p.summary().schemaVersion());
            p.applyTo(fresh);
        }
        try (Services s = TestServices.empty(fresh)) {
            // The inspections lost what the file's schema could not hold (V11's hours, place and copies): they come
            // back with the migration's defaults; every other record is as exported.
            Map<String, String> now = new HashMap<>(TestServices.recordChecksums(s));
            Map<String, String> expected = new HashMap<>(exportedChecksums);
            now.remove("INSPECTION");
            expected.remove("INSPECTION");
            // Nor the evaluation's records (V14), which the file's schema had no tables for.
            for (String table : EVALUATION_TABLES) {
                assertEquals(EMPTY_TABLE, now.remove(table.toUpperCase(Locale.ROOT)), table);
                expected.remove(table.toUpperCase(Locale.ROOT));
            }
            assertEquals(expected, now);
            var dsl = s.db().dsl();
            assertEquals(json.lines().filter(l -> l.contains("\"record_register_id\":") && l.contains("\"leader_id\":"))
                    .count(), dsl.fetchCount(INSPECTION));
            assertEquals(0, dsl.fetchCount(INSPECTION, INSPECTION.COPIES.ne(2).or(INSPECTION.STARTS_AT.isNotNull())
                    .or(INSPECTION.PLACE.isNotNull())));
        }
    }

    @Test
    void malformedJsonIsRefusedWithItsLine() throws Exception {
        String broken = json.replaceFirst("\\{\"id\":3,", "{\"id\":3,,");
        int line = (int) json.substring(0, json.indexOf("{\"id\":3,")).lines().count() + 1;
        ImportRefusedException e = refused(broken);
        assertTrue(e.problems().getLast().line() == line && e.problems().getLast().reason().contains("cú pháp"),
                e.userMessage());
    }

    @Test
    void aTruncatedFileIsRefused() throws Exception {
        ImportRefusedException e = refused(json.substring(0, json.length() / 2));
        assertTrue(mentions(e, "cắt cụt"), e.userMessage());
    }

    @Test
    void notOursNewerVersionsAndAMissingHeaderAreRefused() throws Exception {
        assertTrue(mentions(refused("{\"tên\": \"bảng lương\"}"), "không phải tệp dữ liệu"));
        assertTrue(mentions(refused("[1, 2, 3]"), "không phải tệp dữ liệu"));
        assertTrue(mentions(refused(json.replace("\"formatVersion\":1", "\"formatVersion\":2")), "phiên bản Sổ Công Vụ mới hơn"));
        assertTrue(mentions(refused(json.replace("\"schemaVersion\":" + Database.LATEST_SCHEMA_VERSION,
                "\"schemaVersion\":99")), "mới hơn"));
        assertTrue(mentions(refused(json.replace("\"schemaVersion\":" + Database.LATEST_SCHEMA_VERSION,
                "\"schemaVersion\":\"bảy\"")), "schemaVersion"));
        assertTrue(mentions(refused("{\"format\":\"socongvu-data\",\"formatVersion\":1,\"schemaVersion\":7}"), "tables"));
    }

    @Test
    void wrongTypesAreNamedByLineRecordAndColumn() throws Exception {
        String line = json.lines().filter(l -> l.startsWith("{\"id\":") && l.contains("\"deadline\":\"20")).findFirst().orElseThrow();
        String bad = line.replaceFirst("\"deadline\":\"[0-9-]+\"", "\"deadline\":\"15/12/2026\"")
                .replaceFirst("\"id\":(\\d+)", "\"id\":\"$1\"");
        ImportRefusedException e = refused(json.replace(line, bad));
        int lineNo = (int) json.substring(0, json.indexOf(line)).lines().count() + 1;
        assertTrue(e.problems().stream().anyMatch(p -> p.line() == lineNo && p.text().contains("deadline")
                && p.text().contains("15/12/2026")), e.userMessage());
        assertTrue(mentions(e, "cột id", "số nguyên"), e.userMessage());
        String unit = json.lines().filter(l -> l.contains("\"name_key\":\"van phong hdnd va ubnd\"")).findFirst().orElseThrow();
        ImportRefusedException badUnit = refused(json.replace(unit, unit.replace("\"active\":true", "\"active\":\"có\"")));
        assertTrue(mentions(badUnit, "true hoặc false"));
        assertEquals(1, badUnit.problems().size(),
                "the staff and tasks of the unit with the bad value are not reported as pointing nowhere: " + badUnit.userMessage());
    }

    @Test
    void hugeStringsAreRefused() throws Exception {
        String unit = json.lines().filter(l -> l.contains("\"name_key\":\"van phong hdnd va ubnd\"")).findFirst().orElseThrow();
        String longName = "Văn phòng ".repeat(30);
        assertTrue(mentions(refused(json.replace(unit, unit.replaceFirst("\"name\":\"[^\"]*\"",
                "\"name\":\"" + longName + "\""))), "cột name", "tối đa 200"));
        String enormous = "x".repeat(9_000_000);
        assertTrue(mentions(refused(json.replace(unit, unit.replaceFirst("\"note\":null",
                "\"note\":\"" + enormous + "\""))), "giới hạn"));
    }

    @Test
    void unknownTablesAndColumnsAreRefused() throws Exception {
        String unit = json.lines().filter(l -> l.contains("\"name_key\":\"van phong hdnd va ubnd\"")).findFirst().orElseThrow();
        ImportRefusedException e = refused(json.replace(unit, unit.replace("{\"id\":", "{\"luong\":9000000,\"id\":"))
                .replace("\"tables\":{\n", "\"tables\":{\n\"payroll\":[{\"id\":1}],\n"));
        assertTrue(mentions(e, "bảng payroll", "không có"), e.userMessage());
        assertTrue(mentions(e, "bảng unit", "cột \"luong\""), e.userMessage());
    }

    @Test
    void duplicateIdsAndBrokenReferencesAreRefused() throws Exception {
        String unit = json.lines().filter(l -> l.contains("\"name_key\":\"van phong hdnd va ubnd\"")).findFirst().orElseThrow();
        String twin = unit.replace("van phong hdnd va ubnd", "van phong 2");
        ImportRefusedException dup = refused(json.replace(unit, unit + "\n" + twin));
        assertTrue(mentions(dup, "bảng unit", "trùng khóa"), dup.userMessage());

        String staff = json.lines().filter(l -> l.startsWith("{\"id\":") && l.contains("\"full_name\":")
                && l.contains("\"category\":")).findFirst().orElseThrow();
        String orphan = staff.replaceFirst("\"unit_id\":\\d+", "\"unit_id\":987654");
        ImportRefusedException broken = refused(json.replace(staff, orphan));
        assertTrue(mentions(broken, "bảng staff", "unit_id", "987654", "bảng unit"), broken.userMessage());
        assertEquals(List.of(lineOf(staff)), broken.problems().stream().map(ImportProblem::line).toList(),
                "the one broken record, by its line: " + broken.userMessage());

        // A sub-task whose parent is not in the file (a reference within one table).
        String sub = json.lines().filter(l -> l.startsWith("{\"id\":") && l.matches(".*\"parent_id\":\\d+.*"))
                .findFirst().orElseThrow();
        ImportRefusedException noParent = refused(json.replace(sub, sub.replaceFirst("\"parent_id\":\\d+", "\"parent_id\":555555")));
        assertEquals(1, noParent.problems().size(), noParent.userMessage());
        assertEquals(lineOf(sub), noParent.problems().getFirst().line());
        assertTrue(mentions(noParent, "bảng task", "parent_id", "555555"), noParent.userMessage());
    }

    private static int lineOf(String line) {
        return (int) json.substring(0, json.indexOf(line)).lines().count() + 1;
    }

    @Test
    void tablesInAnotherOrderImportTheSame() throws Exception {
        // Moved to the end of "tables": the table most others refer to, and the one that refers to itself.
        String reordered = json;
        for (String table : List.of("unit", "task")) {
            int from = reordered.indexOf("\n\"" + table + "\":[") + 1;
            int to = reordered.indexOf("\n]", from) + 2;
            String block = reordered.substring(from, to);
            String rest = reordered.substring(0, from) + reordered.substring(to + 2);
            int end = rest.lastIndexOf("\n]") + 2;
            reordered = rest.substring(0, end) + ",\n" + block + rest.substring(end);
        }
        assertTrue(reordered.indexOf("\"unit\":[") > reordered.indexOf("\"staff\":["), "the test moved unit after staff");
        Path fresh = tmp.resolve("thu-tu-khac");
        try (DataExchange.Prepared p = DataExchange.prepare(file(reordered), fresh, Progress.NONE)) {
            p.applyTo(fresh);
        }
        try (Services s = TestServices.empty(fresh)) {
            assertEquals(exportedChecksums, TestServices.recordChecksums(s));
        }
    }

    @Test
    void aRecordTheDatabaseRulesRefuseIsNamed() throws Exception {
        // The commune table holds one row, id 1 (a CHECK): the file's own counts and keys are fine, the rule is not.
        ImportRefusedException e = refused(json.replaceFirst("(\"commune\":\\[\n\\{\"id\":)1,", "$12,"));
        assertTrue(mentions(e, "bảng commune", "bản ghi id 2", "không nhận"), e.userMessage());
    }

    @Test
    void missingTablesAndNestingBeyondTheFormatAreRefused() throws Exception {
        String noHoliday = json.replaceAll("\"holiday\":\\[[^\\]]*\\],\n", "");
        assertTrue(mentions(refused(noHoliday), "bảng holiday", "thiếu"));
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertTrue(mentions(refused(json.replaceFirst("\"commune\":\"Bình Thành\"", "\"commune\":" + deep)), "giới hạn"));
    }

    @Test
    void aFileThatIsNotThereOrNotTextIsAClearError() throws Exception {
        Path data = existingData();
        StorageException gone = assertThrows(StorageException.class,
                () -> DataExchange.prepare(tmp.resolve("khong-co.json"), data, Progress.NONE));
        assertTrue(gone.userMessage().contains("khong-co.json"), gone.userMessage());
        Path binary = Files.write(tmp.resolve("anh.json"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
        assertThrows(ImportRefusedException.class, () -> DataExchange.prepare(binary, data, Progress.NONE));
    }

    /** The first line of the file that holds all of {@code parts}. */
    private static String lineWith(String... parts) {
        return json.lines().filter(l -> l.startsWith("{\"id\":") && List.of(parts).stream().allMatch(l::contains))
                .findFirst().orElseThrow(() -> new AssertionError("no line with " + List.of(parts)));
    }

    @Test
    void evaluationRowsAreCheckedAsTheFormsCheckThem() throws Exception {
        // The demo's marks and weights (issue 34): half an objective cause, a weight above 10.
        String mark = json.lines().filter(l -> l.startsWith("{\"occurrence_id\":") && l.contains("\"delay_exempt_by\":\""))
                .findFirst().orElseThrow();
        String weight = json.lines().filter(l -> l.startsWith("{\"task_id\":") && l.contains("\"weight\":"))
                .findFirst().orElseThrow();
        String bad = json.replace(mark, mark.replaceFirst("\"delay_exempt_by\":\"(?:[^\"\\\\]|\\\\.)*\"",
                        "\"delay_exempt_by\":null"))
                .replace(weight, weight.replaceFirst("\"weight\":[0-9.]+", "\"weight\":12"));
        ImportRefusedException e = refused(bad);
        for (var expected : Map.of(mark, List.of("bảng evaluation_mark", "cột delay_exempt_reason", "người xác nhận"),
                weight, List.of("bảng evaluation_weight", "cột weight", "không quá 10")).entrySet()) {
            int lineNo = lineOf(expected.getKey());
            assertTrue(e.problems().stream().anyMatch(p -> p.line() == lineNo
                    && expected.getValue().stream().allMatch(p.text()::contains)), e.userMessage());
        }
    }

    @Test
    void valuesOutsideTheClosedListsAreRefusedByLineRecordAndColumn() throws Exception {
        String unit = lineWith("\"name_key\":\"van phong hdnd va ubnd\"");
        String staff = lineWith("\"full_name\":", "\"category\":\"CONG_CHUC\"");
        String meeting = lineWith("\"meeting_format\":", "\"kind\":\"");
        String task = lineWith("\"recurrence\":\"");
        String bad = json.replace(unit, unit.replaceFirst("\"kind\":\"[A-Z_]+\"", "\"kind\":\"NHA_MAY\""))
                .replace(staff, staff.replace("\"category\":\"CONG_CHUC\"", "\"category\":\"HOP_DONG\""))
                .replace(meeting, meeting.replaceFirst("\"kind\":\"[A-Z_]+\"", "\"kind\":\"TIEC\""))
                .replace(task, task.replaceFirst("\"recurrence\":\"[A-Z_]+\"", "\"recurrence\":\"WEEKLY\""));
        for (String file : List.of(bad, beforeSchema10(bad).replace("\"schemaVersion\":" + Database.LATEST_SCHEMA_VERSION,
                "\"schemaVersion\":8"))) {
            // At schema 8 too: the rows are checked as the file has them, before the migration to schema 9.
            ImportRefusedException e = refused(file);
            assertProblem(e, unit, "bảng unit", "cột kind", "\"NHA_MAY\"", "\"OTHER\"");
            assertProblem(e, staff, "bảng staff", "cột category", "\"HOP_DONG\"");
            assertProblem(e, meeting, "bảng meeting", "cột kind", "\"TIEC\"");
            assertProblem(e, task, "bảng task", "cột recurrence", "\"WEEKLY\"");
            assertEquals(4, e.problems().size(), "what refers to the refused records is not reported too: "
                    + e.userMessage());
        }
    }

    /**
     * The file without the evaluation's tables (V14), rows and counts: the demo fills them. Their lines are left
     * empty, so that every other record keeps its line number.
     */
    /** The file as a schema before 15 wrote it: without the accounts (V15), its lines kept as blank lines. */
    private static String withoutV15(String file) {
        Matcher m = Pattern.compile(",\n\"account\":(\\[[^\\]]*\\]|\\d+)").matcher(file);
        String s = m.replaceAll(r -> "\n".repeat((int) r.group().chars().filter(c -> c == '\n').count()));
        assertFalse(s.contains("\"account\""), "nothing of V15 is left");
        return s;
    }

    private static String withoutV14(String file) {
        String s = file;
        for (String table : EVALUATION_TABLES) {
            Matcher m = Pattern.compile(",\n\"" + table + "\":(\\[[^\\]]*\\]|\\d+)").matcher(s);
            s = m.replaceAll(r -> "\n".repeat((int) r.group().chars().filter(c -> c == '\n').count()));
        }
        assertFalse(s.contains("\"evaluation_"), "nothing of V14 is left");
        return s;
    }

    /**
     * The file as an older schema wrote it: without what V13 added (a meeting's invitation and notice numbers and
     * what to prepare; the weekly schedules), so that it may be labelled with an older schema version.
     */
    private static String withoutV13(String file) {
        String s = file.replace(",\"invitation_register_id\":null,\"conclusion_register_id\":null"
                + ",\"invitation_note\":null", "");
        for (String table : List.of("\"weekly_schedule\":\\[\\]", "\"weekly_schedule\":0")) {
            s = s.replaceAll(",\n" + table, "").replaceAll(table + ",\n", "");
        }
        assertFalse(s.contains("weekly_schedule") || s.contains("invitation_note"), "nothing of V13 is left");
        return s;
    }

    private static void assertProblem(ImportRefusedException e, String line, String... words) {
        int lineNo = lineOf(line);
        assertTrue(e.problems().stream().anyMatch(p -> p.line() == lineNo && List.of(words).stream()
                .allMatch(p.text()::contains) && p.text().contains("bản ghi id ")), e.userMessage());
    }

    @Test
    void recordsTheFormsRefuseAreRefused() throws Exception {
        // A disciplinary measure (not an in-house step) without its decision's number and date.
        String violation = lineWith("\"severity\":");
        String noDecision = violation.replaceFirst("\"decided_measure\":(null|\"[A-Z_]+\")", "\"decided_measure\":\"WARNING\"")
                .replaceFirst("\"decision_number\":(null|\"[^\"]*\")", "\"decision_number\":null")
                .replaceFirst("\"decision_date\":(null|\"[^\"]*\")", "\"decision_date\":null");
        assertProblem(refused(json.replace(violation, noDecision)), violation, "bảng violation", "decided_measure",
                "số và ngày quyết định");

        // A deadline before the day the task was assigned.
        String task = json.lines().filter(l -> l.startsWith("{\"id\":") && l.contains("\"is_group\":false")
                && l.matches(".*\"deadline\":\"20.*")).findFirst().orElseThrow();
        Matcher assigned = Pattern.compile("\"assigned_on\":\"([0-9-]+)\"").matcher(task);
        assertTrue(assigned.find());
        LocalDate before = LocalDate.parse(assigned.group(1)).minusDays(1);
        String early = task.replaceFirst("\"deadline\":\"[0-9-]+\"", "\"deadline\":\"" + before + "\"");
        assertProblem(refused(json.replace(task, early)), task, "bảng task", "cột deadline", "không được trước ngày giao");

        // A plan of a year out of the forms' range.
        String plan = lineWith("\"plan_year\":");
        assertProblem(refused(json.replace(plan, plan.replaceFirst("\"plan_year\":\\d+", "\"plan_year\":1999"))),
                plan, "bảng plan", "cột plan_year", "1999", "2000–2100");

        // Staff still working in a unit that has stopped: named by the staff record's line.
        String unit = lineWith("\"name_key\":\"van phong hdnd va ubnd\"");
        Matcher id = Pattern.compile("^\\{\"id\":(\\d+)").matcher(unit);
        assertTrue(id.find());
        String staff = lineWith("\"unit_id\":" + id.group(1) + ",", "\"active\":true");
        ImportRefusedException stopped = refused(json.replace(unit, unit.replace("\"active\":true", "\"active\":false")));
        assertProblem(stopped, staff, "bảng staff", "Văn phòng HĐND và UBND", "ngừng hoạt động");
    }
}
