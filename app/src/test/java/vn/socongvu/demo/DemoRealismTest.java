package vn.socongvu.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.common.Progress;
import vn.socongvu.directory.Staff;
import vn.socongvu.directory.StaffCategory;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;
import vn.socongvu.document.Block;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.document.DocumentRegister;
import vn.socongvu.document.OfficialDocument;
import vn.socongvu.inspection.Inspection;
import vn.socongvu.inspection.InspectionFilter;
import vn.socongvu.inspection.InspectionItem;
import vn.socongvu.inspection.InspectionRow;
import vn.socongvu.meeting.MeetingFilter;
import vn.socongvu.meeting.MeetingRow;
import vn.socongvu.plan.Plan;
import vn.socongvu.settings.WorkCalendar;
import vn.socongvu.storage.jooq.Tables;

/**
 * Three years of the small demo commune read as someone from a commune office would: registers in date order,
 * nothing done on a day off, no sentence said twice in a paper, the police not on the UBND's staff, each violation
 * written under the content it breaks, and every notice saying the in-house step decided.
 */
class DemoRealismTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    @TempDir
    static Path dir;
    static Services s;
    static WorkCalendar cal;

    @BeforeAll
    static void demo() {
        s = TestServices.at(dir.resolve("data"), TODAY);
        s.demo().generate(DemoSize.SMALL, 3, 2026, 11, Progress.NONE);
        cal = s.settings().calendar();
    }

    @AfterAll
    static void close() {
        s.close();
    }

    private static List<MeetingRow> meetings() {
        return s.meetings().list(MeetingFilter.period(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31)));
    }

    private static List<InspectionRow> inspections() {
        return s.inspections().list(InspectionFilter.period(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31)));
    }

    @Test
    void everyTypeIsNumberedInTheOrderOfItsDatesMinutesAndRecordsTogether() {
        for (int year = 2024; year <= 2026; year++) {
            for (DocumentKind kind : DocumentKind.values()) {
                List<DocumentRegister.Entry> entries = new ArrayList<>(s.register().entries(year, kind));
                entries.sort(Comparator.comparingInt(DocumentRegister.Entry::number));
                for (int i = 1; i < entries.size(); i++) {
                    DocumentRegister.Entry a = entries.get(i - 1);
                    DocumentRegister.Entry b = entries.get(i);
                    assertFalse(b.date().isBefore(a.date()), a.symbol() + " of " + a.date() + " before " + b.symbol()
                            + " of " + b.date());
                }
            }
            List<DocumentRegister.Entry> bb = s.register().entries(year, DocumentKind.BIEN_BAN);
            assertTrue(bb.stream().anyMatch(e -> e.title().startsWith("Kiểm tra công vụ"))
                    && bb.stream().anyMatch(e -> !e.title().startsWith("Kiểm tra công vụ")), "minutes and records "
                    + "share the BB numbers of " + year);
        }
        // The decisions the inspections cite (the team's, the disciplinary ones): one number each, in date order.
        Map<Integer, TreeMap<Integer, LocalDate>> decisions = new HashMap<>();
        for (InspectionRow r : inspections()) {
            Inspection i = s.inspections().inspection(r.id());
            decision(decisions, i.decisionNumber(), i.decisionDate());
            i.violations().forEach(v -> decision(decisions, v.decisionNumber(), v.decisionDate()));
        }
        decisions.values().forEach(byNumber -> {
            LocalDate last = null;
            for (Map.Entry<Integer, LocalDate> e : byNumber.entrySet()) {
                assertTrue(last == null || !e.getValue().isBefore(last), e.getKey() + "/QĐ-UBND of " + e.getValue());
                last = e.getValue();
            }
        });
    }

    private static void decision(Map<Integer, TreeMap<Integer, LocalDate>> byYear, String number, LocalDate on) {
        if (number == null) {
            return;
        }
        int n = Integer.parseInt(number.substring(0, number.indexOf('/')));
        LocalDate was = byYear.computeIfAbsent(on.getYear(), y -> new TreeMap<>()).put(n, on);
        assertTrue(was == null, number + " given twice in " + on.getYear());
    }

    @Test
    void nothingIsIssuedHeldDoneOrReportedOnADayOff() {
        var dsl = s.db().dsl();
        List<LocalDate> days = new ArrayList<>();
        days.addAll(dsl.select(Tables.TASK_OCCURRENCE.COMPLETED_ON).from(Tables.TASK_OCCURRENCE)
                .where(Tables.TASK_OCCURRENCE.COMPLETED_ON.isNotNull()).fetch(Tables.TASK_OCCURRENCE.COMPLETED_ON));
        days.addAll(dsl.select(Tables.TASK_PROGRESS.REPORTED_ON).from(Tables.TASK_PROGRESS)
                .fetch(Tables.TASK_PROGRESS.REPORTED_ON));
        int completions = days.size();
        days.addAll(dsl.select(Tables.TASK.ASSIGNED_ON).from(Tables.TASK).where(Tables.TASK.ASSIGNED_ON.isNotNull())
                .fetch(Tables.TASK.ASSIGNED_ON));
        days.addAll(dsl.select(Tables.TASK.DEADLINE).from(Tables.TASK).where(Tables.TASK.DEADLINE.isNotNull())
                .fetch(Tables.TASK.DEADLINE));
        days.addAll(dsl.select(Tables.PLAN.ISSUED_ON).from(Tables.PLAN).where(Tables.PLAN.ISSUED_ON.isNotNull())
                .fetch(Tables.PLAN.ISSUED_ON));
        for (MeetingRow m : meetings()) {
            days.add(m.startsAt().toLocalDate());
            days.add(s.meetings().meeting(m.id()).endsAt().toLocalDate());
        }
        for (InspectionRow r : inspections()) {
            Inspection i = s.inspections().inspection(r.id());
            days.add(i.startsOn());
            days.add(i.decisionDate());
            for (Inspection.Violation v : i.violations()) {
                days.add(v.decisionDate());
                days.add(v.remediationDeadline());
                days.add(v.remediatedOn());
            }
        }
        assertTrue(completions > 200, completions + " completions and progress entries");
        List<LocalDate> off = days.stream().filter(d -> d != null && !cal.isWorkingDay(d)).toList();
        assertEquals(List.of(), off, "days off among " + days.size() + " dates");
    }

    /** The sentences of a paper's paragraphs (not its tables, whose cells repeat the tasks' names by design). */
    private static List<String> sentences(OfficialDocument d) {
        List<String> out = new ArrayList<>();
        for (Block b : d.body()) {
            if (b instanceof Block.Paragraph p) {
                for (String sentence : p.text().split("(?<=\\.)\\s+")) {
                    String t = sentence.strip();
                    if (t.length() >= 25) {
                        out.add(t);
                    }
                }
            }
        }
        return out;
    }

    private static void saidOnce(OfficialDocument d, String what) {
        Set<String> seen = new HashSet<>();
        for (String sentence : sentences(d)) {
            assertTrue(seen.add(sentence), what + " " + d.number() + " says twice: " + sentence);
        }
    }

    @Test
    void noPaperSaysTheSameSentenceTwice() {
        int minutes = 0;
        for (MeetingRow m : meetings()) {
            if (m.number() != null) {
                saidOnce(s.meetings().minutes(m.id()), "minutes");
                minutes++;
            }
        }
        int records = 0;
        for (InspectionRow r : inspections()) {
            if (r.recordNumber() != null) {
                saidOnce(s.inspections().record(r.id()), "inspection record");
                records++;
            }
            if (r.noticeNumber() != null) {
                saidOnce(s.inspections().notice(r.id()), "notice");
            }
        }
        for (int year = 2024; year <= 2026; year++) {
            for (Plan p : s.plans().plans(year, false)) {
                if (p.number() != null) {
                    saidOnce(s.plans().document(p.id()), "plan");
                }
            }
        }
        assertTrue(minutes > 50 && records > 20, minutes + " minutes, " + records + " records");
    }

    @Test
    void thePoliceAreNotTheUbndsStaffAndTitlesFitTheirCategories() {
        List<Unit> units = s.directory().units();
        Unit police = units.stream().filter(u -> u.kind() == UnitKind.POLICE).findFirst().orElseThrow();
        List<Staff> staff = s.directory().staff();
        assertTrue(staff.stream().noneMatch(p -> p.unitId() == police.id()),
                "Công an xã's officers belong to the Công an nhân dân, not the UBND's công chức");
        assertTrue(staff.stream().noneMatch(p -> p.jobTitle().contains("Công an")), "no police title on the staff");
        // A worker under contract is not called "Chuyên viên"; a viên chức is not in the office.
        for (Staff p : staff) {
            if (p.category() == StaffCategory.NGUOI_LAO_DONG) {
                assertFalse(p.jobTitle().startsWith("Chuyên viên") || p.jobTitle().startsWith("Trưởng phòng"),
                        p.fullName() + ": " + p.jobTitle());
            }
        }
        assertEquals(staff.size(), staff.stream().map(Staff::fullName).distinct().count(), "no two people alike");
        // The head of Công an xã is still invited to the UBND's meetings, by name.
        assertTrue(meetings().stream().limit(40).anyMatch(m -> s.meetings().meeting(m.id()).participants().stream()
                .anyMatch(p -> p.staffId() == null && "Trưởng Công an xã".equals(p.body()))));
    }

    @Test
    void eachViolationIsWrittenUnderTheContentItBreaksAndTheNoticeSaysTheStepDecided() {
        int violations = 0;
        int notices = 0;
        for (InspectionRow r : inspections()) {
            Inspection i = s.inspections().inspection(r.id());
            Set<Long> checked = new HashSet<>();
            i.checks().forEach(c -> checked.add(c.itemId()));
            for (Inspection.Violation v : i.violations()) {
                DemoInspections.Seen seen = DemoInspections.SEEN.get(v.content());
                assertNotNull(seen, v.content());
                assertTrue(List.of(seen.descriptions()).contains(v.description()), v.content() + ": " + v.description());
                assertTrue(checked.contains(v.itemId()), "a violation of a content the team checked: " + v.content());
                assertFalse(v.description().toLowerCase().contains("thuốc lá") && v.content().startsWith("Trang phục"));
                violations++;
            }
            // The team never inspects its own unit or its own members.
            Set<Long> team = new HashSet<>();
            i.members().forEach(m -> team.add(m.staffId()));
            i.persons().forEach(p -> assertFalse(team.contains(p.staffId()), i.title() + ": " + p.fullName()));
            for (Inspection.Member m : i.members()) {
                long unit = s.directory().staff(m.staffId()).orElseThrow().unitId();
                assertFalse(i.unitIds().contains(unit), i.title() + ": " + m.fullName() + " inspects their own unit");
            }
            if (i.noticeNumber() != null) {
                notices++;
                String handling = s.inspections().notice(i.id()).body().stream()
                        .filter(b -> b instanceof Block.Table).map(b -> (Block.Table) b).findFirst().orElseThrow()
                        .rows().toString();
                for (Inspection.Violation v : i.violations()) {
                    if (v.proposed().inHouse()) {
                        assertEquals(v.proposed(), v.decided(), "an in-house step is decided when the notice is");
                        assertTrue(handling.contains(v.decided().label()), handling);
                    }
                }
            }
        }
        assertTrue(violations > 5 && notices > 3, violations + " violations, " + notices + " notices");
        // Every content the table describes is one of the catalogue's (V6), by its exact name.
        Set<String> catalogue = new HashSet<>();
        s.inspections().items().forEach(it -> catalogue.add(it.name()));
        assertTrue(catalogue.containsAll(DemoInspections.SEEN.keySet()), DemoInspections.SEEN.keySet().toString());
    }

    @Test
    void inspectionsHaveTheirHoursPlaceAndCopiesAndNoRemediationLingers() {
        List<InspectionRow> rows = inspections();
        int late = 0;
        int open = 0;
        int remedies = 0;
        Set<String> places = new HashSet<>();
        for (InspectionRow r : rows) {
            Inspection i = s.inspections().inspection(r.id());
            assertNotNull(i.startTime(), i.title());
            assertNotNull(i.endTime(), i.title());
            boolean morning = !i.startTime().isBefore(LocalTime.of(7, 30)) && !i.endTime().isAfter(LocalTime.of(11, 0));
            boolean afternoon = !i.startTime().isBefore(LocalTime.of(13, 30))
                    && !i.endTime().isAfter(LocalTime.of(16, 30));
            assertTrue((morning || afternoon) && i.endTime().isAfter(i.startTime()),
                    i.title() + ": " + i.startTime() + "–" + i.endTime());
            assertTrue(i.place() != null && (i.place().startsWith("Trụ sở ") || i.place().equals(DemoInspections.DESK)),
                    i.title() + ": " + i.place());
            places.add(i.place());
            assertTrue(i.copies() >= 2 && i.copies() <= 3, i.title() + ": " + i.copies());
            for (Inspection.Violation v : i.violations()) {
                if (v.remediationDeadline() == null) {
                    continue;
                }
                remedies++;
                LocalDate due = cal.onOrNextWorkingDay(v.remediationDeadline());
                if (v.remediatedOn() == null) {
                    open++;
                    assertTrue(!due.isBefore(TODAY.minusDays(DemoInspections.MAX_OPEN_DAYS)), i.title() + ": "
                            + v.content() + " still open, due " + due);
                } else {
                    assertFalse(v.remediatedOn().isAfter(due.plusDays(DemoInspections.MAX_OPEN_DAYS)),
                            "verified at most a couple of months late: " + due + " → " + v.remediatedOn());
                    if (v.remediatedOn().isAfter(due)) {
                        late++;
                    }
                }
            }
        }
        assertTrue(places.size() >= 2, "the team sits where the unit works: " + places);
        assertTrue(remedies >= 1 && open <= remedies, remedies + " remediations, " + open + " open, " + late + " late");
    }

    /** Many draws of a violation over three years: remediations are done within weeks, none open for months. */
    @Test
    void noRemediationStaysOpenMonthsAfterItsDeadline() {
        DemoInspections demo = new DemoInspections(s.inspections(), new Random(11), cal);
        Staff who = new Staff(1, "Nguyễn Văn An", 1, "Phòng Kinh tế", "Chuyên viên", StaffCategory.CONG_CHUC, false,
                null, null, true);
        List<InspectionItem> items = s.inspections().activeItems();
        int remedies = 0;
        int late = 0;
        int open = 0;
        for (LocalDate day = LocalDate.of(2024, 1, 2); day.isBefore(TODAY); day = day.plusDays(2)) {
            if (!cal.isWorkingDay(day)) {
                continue;
            }
            Inspection.Violation v = demo.violation(who, items, day, TODAY, day.getYear());
            if (v.remediationDeadline() == null) {
                continue;
            }
            remedies++;
            LocalDate due = cal.onOrNextWorkingDay(v.remediationDeadline());
            if (v.remediatedOn() == null) {
                open++;
                assertFalse(due.isBefore(TODAY.minusDays(DemoInspections.MAX_OPEN_DAYS)), "open since " + due);
            } else if (v.remediatedOn().isAfter(due)) {
                late++;
                assertFalse(v.remediatedOn().isAfter(due.plusDays(DemoInspections.MAX_OPEN_DAYS)),
                        due + " → " + v.remediatedOn());
            }
        }
        assertTrue(remedies > 100, remedies + " remediations");
        assertTrue(late > 0 && late * 4 < remedies, late + " of " + remedies + " late: a few");
        assertTrue(open > 0 && open * 20 < remedies, open + " of " + remedies + " open: only recent ones");
    }
}
