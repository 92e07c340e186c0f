package vn.socongvu.inspection.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.socongvu.TestServices;
import vn.socongvu.directory.Staff;
import vn.socongvu.directory.StaffCategory;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.inspection.DisciplineMeasure;
import vn.socongvu.inspection.Inspection;
import vn.socongvu.inspection.InspectionKind;
import vn.socongvu.inspection.InspectionRow;
import vn.socongvu.inspection.InspectionService;
import vn.socongvu.ui.kit.ConflictViewModel;
import vn.socongvu.ui.kit.ScreenModelTest;
import vn.socongvu.ui.kit.SelectionProbe;

/** Kiểm tra công vụ without the window: saving, numbering, deleting after asking, the violations mode. */
class InspectionsViewModelTest extends ScreenModelTest {
    InspectionsViewModel vm;
    SelectionProbe<InspectionRow> table;
    Unit office;

    @BeforeEach
    void open() {
        s = TestServices.binhThanh(tmp, TODAY);
        office = officeWithClerk();
        vm = new InspectionsViewModel(s.inspections(), s.directory(), s.settings(), dialogs,
                runner);
        table = new SelectionProbe<>(vm.list());
        vm.screenOpened();
    }

    private Inspection saved(String title) {
        vm.newInspection();
        vm.kind.set(InspectionKind.ONLINE);
        vm.title.set(title);
        vm.leader.set(vm.staff.stream().filter(x -> x.fullName().equals("Lê Thị Lan")).findFirst().orElseThrow());
        vm.addUnit(vm.units.stream().filter(u -> u.id() == office.id()).findFirst().orElseThrow());
        return vm.save();
    }

    private List<String> titles() {
        return vm.list().rows().stream().map(InspectionRow::title).toList();
    }

    @Test
    void aRefusedSaveSpeaksAtTheFieldsAndASaveListsTheInspectionSelected() {
        assertNull(vm.save());
        assertEquals("Hãy nhập tên cuộc kiểm tra.", vm.form().errors().property("title").get());
        assertEquals("Hãy chọn trưởng đoàn kiểm tra trong danh mục cán bộ.",
                vm.form().errors().property("leader").get());
        Inspection i = saved("Kiểm tra trên môi trường số");
        assertNotNull(i, vm.form().errors().general().get());
        assertEquals(List.of("Kiểm tra trên môi trường số"), titles());
        assertEquals(i.id(), table.last().id());
        assertEquals("Đã lưu.", vm.form().statusProperty().get());
        assertTrue(vm.statsTextProperty().get().startsWith("Năm nay"), vm.statsTextProperty().get());
        vm.text.set("khong co");
        assertTrue(titles().isEmpty());
        vm.clearFilter();
        assertEquals(1, titles().size());
        vm.violationMode.set(true);
        assertEquals(1, titles().size(), "the inspections stay as they were while the violations are shown");
        assertTrue(vm.violationRows.isEmpty());
    }

    @Test
    void choosingARowOpensItsInspectionWithoutTouchingTheList() {
        Inspection first = saved("Kiểm tra trên môi trường số");
        saved("Kiểm tra đột xuất bộ phận một cửa");
        int changes = table.selected.size();
        vm.edit(vm.list().rows().stream().filter(r -> r.id() == first.id()).findFirst().orElseThrow());
        assertEquals(first.id(), vm.form().editingId());
        assertEquals("Kiểm tra trên môi trường số", vm.title.get());
        assertEquals(changes, table.selected.size(), "the clerk's own choice is not selected again (nor scrolled to)");
    }

    @Test
    void numberingTheRecordRefusesWhatIsNotANumber() {
        Inspection i = saved("Kiểm tra trên môi trường số");
        vm.recordNumberText.set("x");
        assertNull(vm.number(DocumentKind.BIEN_BAN));
        assertEquals("Số văn bản phải là số nguyên dương.", vm.form().errors().property("recordNumber").get());
        vm.recordNumberText.set("3");
        assertNull(vm.number(DocumentKind.BIEN_BAN), "asked first; not numbered without a yes");
        assertTrue(dialogs.last().startsWith("confirm inspections.numberTitle: Vào sổ biên bản của cuộc kiểm tra "
                + "\"Kiểm tra trên môi trường số\" với số 03/BB-UBND?") && dialogs.last().endsWith(
                "Việc này không hoàn tác được."), dialogs.last());
        dialogs.answer(true);
        Inspection numbered = vm.number(DocumentKind.BIEN_BAN);
        assertEquals(i.id(), numbered.id());
        assertNotNull(numbered.recordNumber());
        assertTrue(vm.history().size() > 1);
    }

    @Test
    void deleteAsksAndDeletesOnlyOnYes() {
        saved("Kiểm tra trên môi trường số");
        assertFalse(vm.delete());
        assertTrue(dialogs.last().startsWith("confirm common.delete: "), dialogs.last());
        assertEquals(1, titles().size());
        dialogs.answer(true);
        assertTrue(vm.delete());
        assertTrue(titles().isEmpty());
        assertNull(vm.form().editingProperty().get());
        assertNull(table.last());
        assertFalse(vm.messageProperty().get().isEmpty());
    }

    private Staff person(String name) {
        return vm.staff.stream().filter(x -> x.fullName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aTeamInspectingItselfOrItsUnitIsWarnedAtTheFieldsAndStillSaved() {
        Unit police = s.directory().units().stream().filter(u -> u.kind() == UnitKind.POLICE).findFirst()
                .orElseThrow(); // "Công an xã", among the typical units the set-up made
        s.directory().saveStaff(new Staff.Draft(null, "Hà Văn Dũng", police.id(), "Cán bộ Công an",
                StaffCategory.CONG_CHUC, false, null, null));
        vm.load();
        vm.newInspection();
        vm.title.set("Kiểm tra đột xuất");
        vm.leader.set(person("Lê Thị Lan"));
        assertEquals("", vm.leaderWarning.get());
        vm.addUnit(vm.units.stream().filter(u -> u.id() == office.id()).findFirst().orElseThrow());
        String own = "Trưởng đoàn Lê Thị Lan thuộc Văn phòng HĐND và UBND xã, đơn vị được kiểm tra: không ai kiểm "
                + "tra đơn vị mình, nên cử người khác.";
        assertEquals(own, vm.leaderWarning.get());
        assertEquals(own, vm.subjectsWarning.get(), "said on the subjects tab too");
        vm.addMember(person("Hà Văn Dũng"));
        assertEquals("", vm.membersWarning.get());
        vm.addPerson(person("Hà Văn Dũng"));
        String self = "Thành viên Hà Văn Dũng cũng là người được kiểm tra: không ai tự kiểm tra mình, nên cử người "
                + "khác.";
        assertEquals(self, vm.membersWarning.get());
        assertEquals(own + "\n" + self, vm.subjectsWarning.get());
        Inspection saved = vm.save();
        assertNotNull(saved, "a warning, not a refusal: " + vm.form().errors().general().get());
        vm.open(saved.id());
        assertEquals(self, vm.membersWarning.get(), "said again when the inspection is opened");
        vm.members.clear();
        assertEquals("", vm.membersWarning.get());
    }

    @Test
    void disciplineDecidedByTheCommitteeForAPoliceOfficerIsWarnedUnderTheMeasure() {
        Unit police = s.directory().units().stream().filter(u -> u.kind() == UnitKind.POLICE).findFirst()
                .orElseThrow(); // "Công an xã", among the typical units the set-up made
        s.directory().saveStaff(new Staff.Draft(null, "Hà Văn Dũng", police.id(), "Cán bộ Công an",
                StaffCategory.CONG_CHUC, false, null, null));
        vm.load();
        vm.newInspection();
        vm.addPerson(person("Hà Văn Dũng"));
        InspectionsViewModel.ViolationEntry e = vm.addViolation();
        assertEquals(police.id(), e.unit.get().id(), "the person's unit");
        assertEquals("", vm.authorityWarning(e), "nothing decided yet");
        e.decided.set(DisciplineMeasure.SELF_CRITICISM);
        assertEquals("", vm.authorityWarning(e), "kiểm điểm is not discipline");
        e.decided.set(DisciplineMeasure.REPRIMAND);
        e.decisionNumber.set("12/QĐ-UBND");
        assertEquals("Hà Văn Dũng thuộc Công an xã: kỷ luật \"Khiển trách\" do cơ quan Công an có thẩm quyền quyết "
                + "định, không thuộc thẩm quyền của Ủy ban nhân dân xã; Đoàn kiểm tra chỉ kiến nghị xử lý.",
                vm.authorityWarning(e));
        e.decisionNumber.set("05/QĐ-CAX");
        assertEquals("", vm.authorityWarning(e), "decided by the police itself");
        e.person.set(person("Lê Thị Lan"));
        e.unit.set(office);
        e.decisionNumber.set("12/QĐ-UBND");
        assertEquals("", vm.authorityWarning(e), "a công chức of the office: within the committee's authority");
    }

    @Test
    void hoursPlaceAndCopiesAreCheckedAtTheirFieldsAndKept() {
        vm.newInspection();
        assertEquals("2", vm.copies.get(), "two copies unless said otherwise");
        vm.title.set("Kiểm tra đột xuất");
        vm.leader.set(person("Lê Thị Lan"));
        vm.addUnit(vm.units.stream().filter(u -> u.id() == office.id()).findFirst().orElseThrow());
        vm.startTime.set("8 giờ");
        assertNull(vm.save());
        assertEquals("Giờ viết dạng 8:00 hoặc 14:30.", vm.form().errors().property("startTime").get());
        vm.startTime.set("8h00");
        vm.endTime.set("7:30");
        vm.copies.set("hai");
        assertNull(vm.save());
        assertEquals("Cuộc kiểm tra trong một ngày: giờ kết thúc phải sau giờ bắt đầu.",
                vm.form().errors().property("endTime").get());
        assertEquals("Số bản biên bản là một số từ 1 đến 20.", vm.form().errors().property("copies").get());
        vm.endTime.set("10:30");
        vm.copies.set("3");
        vm.place.set("Hội trường Ủy ban nhân dân xã");
        Inspection i = vm.save();
        assertNotNull(i, vm.form().errors().general().get());
        assertEquals(LocalTime.of(8, 0), i.startTime());
        assertEquals(LocalTime.of(10, 30), i.endTime());
        assertEquals(3, i.copies());
        vm.newInspection();
        assertEquals("", vm.startTime.get());
        vm.open(i.id());
        assertEquals("8:00", vm.startTime.get());
        assertEquals("10:30", vm.endTime.get());
        assertEquals("Hội trường Ủy ban nhân dân xã", vm.place.get());
        assertEquals("3", vm.copies.get());
    }

    @Test
    void aSaveAfterAnotherClientChangedTheInspectionAsksAndKeepingTheirsReloadsTheirs() {
        Inspection i = saved("Kiểm tra trên môi trường số");
        // another PC loads the inspection and saves its own title meanwhile (with its mark: it goes through)
        Inspection.Draft d = InspectionService.draft(s.inspections().inspection(i.id()));
        long theirMark = s.inspections().mark(i.id());
        s.inspections().save(new Inspection.Draft(d.id(), d.kind(), "Kiểm tra đột xuất môi trường số", d.decisionNumber(),
                d.decisionDate(), d.startsOn(), d.endsOn(), d.leaderId(), d.findings(), d.conclusion(),
                d.noticeSignerId(), d.members(), d.unitIds(), d.personIds(), d.checks(), d.violations(), d.startTime(),
                d.endTime(), d.place(), d.copies()), theirMark);
        vm.title.set("Kiểm tra của tôi");
        dialogs.conflict(ConflictViewModel.Choice.THEIRS);
        assertNull(vm.save(), "nothing saved: theirs kept");
        assertEquals(1, dialogs.conflictsShown.size(), "the save asked the clerk");
        assertEquals(List.of("inspection.field.title"), dialogs.conflictsShown.get(0).rows().stream()
                .map(ConflictViewModel.Row::field).toList());
        assertEquals("Kiểm tra của tôi", dialogs.conflictsShown.get(0).rows().get(0).mine());
        assertEquals("Kiểm tra đột xuất môi trường số", vm.title.get(), "the form reloaded with their inspection");
        assertEquals("Kiểm tra đột xuất môi trường số", s.inspections().inspection(i.id()).title());
        assertEquals("Đã mở lại bản người khác vừa lưu; thay đổi của bạn không được lưu.",
                vm.form().statusProperty().get());
        vm.place.set("Bộ phận một cửa");
        assertNotNull(vm.save(), "reloaded at their mark: the next save goes through");
        assertEquals(1, dialogs.conflictsShown.size());
        assertEquals("Bộ phận một cửa", s.inspections().inspection(i.id()).place());
    }
}
