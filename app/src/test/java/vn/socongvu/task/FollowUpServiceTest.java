package vn.socongvu.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.common.ValidationException;
import vn.socongvu.directory.Staff;
import vn.socongvu.directory.StaffCategory;
import vn.socongvu.directory.Unit;
import vn.socongvu.document.Block;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.document.DocumentRegister;
import vn.socongvu.document.OfficialDocument;
import vn.socongvu.inspection.Inspection;
import vn.socongvu.inspection.InspectionKind;
import vn.socongvu.inspection.Severity;
import vn.socongvu.plan.Plan;

/** Which tasks the công văn đôn đốc names, with their sources and working-day deadlines, and its numbering. */
class FollowUpServiceTest {
    /** A Friday. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    @TempDir
    Path tmp;
    Services s;
    FollowUpService letters;
    Unit economy;
    Unit office;

    @BeforeEach
    void open() {
        s = TestServices.binhThanh(tmp, TODAY);
        letters = s.tasks().followUps();
        economy = unit("Phòng Kinh tế");
        office = unit("Văn phòng HĐND và UBND");
    }

    @AfterEach
    void close() {
        s.close();
    }

    private Unit unit(String prefix) {
        return s.directory().activeUnits().stream().filter(u -> u.name().startsWith(prefix)).findFirst().orElseThrow();
    }

    private Task task(Unit u, String content, LocalDate due, String ref) {
        return s.tasks().save(new Task.Draft(null, TaskSource.INSTRUCTION, null, null, null, false, content, u.id(),
                null, List.of(), null, null, null, ref, LocalDate.of(2026, 10, 1), due, Recurrence.NONE, null));
    }

    @Test
    void theLetterNamesTheUnitsOverdueAndSoonDueTasksWithTheirSourcesAndWorkingDays() {
        task(economy, "Rà soát hồ sơ đất đai", LocalDate.of(2026, 11, 16), "Công văn số 5/UBND");
        // Due Saturday 28/11: held to Monday 30/11, the fifth working day ahead (24/11 is a holiday from 2026).
        task(economy, "Báo cáo giá đất", LocalDate.of(2026, 11, 28), "Chỉ đạo của Chủ tịch");
        task(economy, "Tổng hợp số liệu", LocalDate.of(2026, 11, 26), "Chỉ đạo của Chủ tịch");
        Task done = task(economy, "Việc đã xong", LocalDate.of(2026, 11, 18), "Công văn số 6/UBND");
        s.tasks().complete(s.tasks().occurrences(done.id()).get(0).id(), LocalDate.of(2026, 11, 17), null);
        task(office, "Việc của đơn vị khác", LocalDate.of(2026, 11, 16), "Công văn số 7/UBND");
        Plan p = s.plans().save(new Plan.Draft(null, 2026, "Cải cách hành chính năm 2026", List.of("Căn cứ Luật A"),
                null, List.of("Lưu: VT"), s.settings().signers().get(0).id()));
        s.tasks().save(new Task.Draft(null, TaskSource.PLAN, p.id(), null, null, false, "Niêm yết thủ tục",
                economy.id(), null, List.of(), null, null, null, null, LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 11, 19), Recurrence.NONE, null));
        s.plans().issue(p.id(), 6, LocalDate.of(2026, 1, 5));

        List<FollowUpLetter.Item> items = letters.items(economy.id(), 5, TODAY);
        assertEquals(List.of("Rà soát hồ sơ đất đai", "Niêm yết thủ tục", "Tổng hợp số liệu", "Báo cáo giá đất"),
                items.stream().map(FollowUpLetter.Item::content).toList());
        assertEquals(List.of(true, true, false, false), items.stream().map(FollowUpLetter.Item::overdue).toList());
        assertEquals(List.of(4, 1, 3, 5), items.stream().map(FollowUpLetter.Item::workingDays).toList(),
                "16/11 → 20/11: 4 working days late; 26/11: 3 left (23, 25, 26); 30/11: 5 left");
        assertEquals(LocalDate.of(2026, 11, 30), items.get(3).due(), "the deadline as Nhiệm vụ shows it");
        assertEquals("Công văn số 5/UBND", items.get(0).source());
        assertEquals("Kế hoạch số 06/KH-UBND ngày 05/01/2026", items.get(1).source());
        assertEquals(3, letters.items(economy.id(), 4, TODAY).size(), "four working days ahead stop at Friday 27/11");
    }

    @Test
    void aRemediationAfterAnInspectionIsNamedByTheInspectionOrItsNumberedNotice() {
        Staff leader = s.directory().saveStaff(new Staff.Draft(null, "Phạm Thu Hà", office.id(), "Phó Chánh Văn phòng",
                StaffCategory.CONG_CHUC, true, null, null));
        LocalDate day = LocalDate.of(2026, 11, 2);
        Inspection i = s.inspections().save(new Inspection.Draft(null, InspectionKind.SURPRISE, "Kiểm tra đột xuất",
                null, null, day, day, leader.id(), null, null, null, List.of(), List.of(economy.id()), List.of(),
                List.of(), List.of(new Inspection.Violation(null, null, null, null, false, economy.id(), null, null,
                        "Không niêm yết thủ tục", null, Severity.MINOR, null, null, null, null, null,
                        LocalDate.of(2026, 11, 13), null, null))));
        List<FollowUpLetter.Item> items = letters.items(economy.id(), 5, TODAY);
        assertEquals(1, items.size());
        assertTrue(items.get(0).content().startsWith("Khắc phục vi phạm về không niêm yết thủ tục"));
        assertEquals("Kiểm tra công vụ ngày 02/11/2026", items.get(0).source());
        assertTrue(items.get(0).overdue());
        s.inspections().number(i.id(), DocumentKind.THONG_BAO, 4);
        assertEquals("Thông báo kết luận kiểm tra số 04/TB-UBND ngày 02/11/2026",
                letters.items(economy.id(), 5, TODAY).get(0).source());
    }

    @Test
    void issuingRegistersACongVanWithItsVvAndUnitAndShowsTheNumber() {
        task(economy, "Rà soát hồ sơ đất đai", LocalDate.of(2026, 11, 16), "Công văn số 5/UBND");
        s.register().register(2026, DocumentKind.CONG_VAN, 124, "Công văn khác", TODAY);
        FollowUpService.Choice c = letters.defaults(economy.id());
        assertEquals(LocalDate.of(2026, 11, 30), c.reportBy(), "five working days after Friday 20/11, 24/11 off");
        assertEquals(125, letters.proposeNumber(c.date()));
        OfficialDocument d = letters.issue(c, 125);
        assertEquals("125/UBND", d.number());
        assertEquals("Kính gửi: Phòng Kinh tế.", ((Block.Centered) d.body().get(0)).text());
        DocumentRegister.Entry e = s.register().entries(2026, DocumentKind.CONG_VAN).get(1);
        assertEquals("V/v đôn đốc thực hiện nhiệm vụ quá hạn (Phòng Kinh tế)", e.title());
        assertEquals(TODAY, e.date());
        assertFalse(s.audit().history(s.db().dsl(), DocumentRegister.ENTITY, e.id()).isEmpty());
        assertThrows(ValidationException.class, () -> letters.issue(c, 125), "a number is given once");
    }

    @Test
    void aUnitWithNothingToFollowUpOrAChoiceAtFaultIsRefusedAndNothingIsRegistered() {
        FollowUpService.Choice c = letters.defaults(office.id());
        ValidationException none = assertThrows(ValidationException.class, () -> letters.issue(c, 1));
        assertEquals("unit", none.errors().get(0).field());
        assertTrue(none.errors().get(0).message().contains("không có gì để đôn đốc"), none.getMessage());
        task(office, "Việc quá hạn", LocalDate.of(2026, 11, 16), "Công văn số 7/UBND");
        ValidationException future = assertThrows(ValidationException.class, () -> letters.issue(
                new FollowUpService.Choice(office.id(), 5, TODAY.plusDays(10), c.signerId(), TODAY.plusDays(1)), 1));
        assertEquals("date", future.errors().get(0).field());
        ValidationException noUnit = assertThrows(ValidationException.class, () -> letters.issue(
                new FollowUpService.Choice(null, 5, TODAY.plusDays(10), c.signerId(), TODAY), 1));
        assertEquals("unit", noUnit.errors().get(0).field());
        assertTrue(s.register().entries(2026, DocumentKind.CONG_VAN).isEmpty());
    }
}
