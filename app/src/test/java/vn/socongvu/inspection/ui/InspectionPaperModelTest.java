package vn.socongvu.inspection.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.socongvu.TestServices;
import vn.socongvu.directory.Unit;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.document.OfficialDocument;
import vn.socongvu.inspection.Inspection;
import vn.socongvu.inspection.InspectionKind;
import vn.socongvu.inspection.InspectionPapers;
import vn.socongvu.ui.kit.ScreenModelTest;

/** "Quyết định thành lập đoàn…" and "Báo cáo kết quả…" of Kiểm tra công vụ without the window. */
class InspectionPaperModelTest extends ScreenModelTest {
    InspectionsViewModel screen;
    Unit office;

    @BeforeEach
    void open() {
        s = TestServices.binhThanh(tmp, TODAY);
        office = officeWithClerk();
        screen = new InspectionsViewModel(s.inspections(), s.directory(), s.settings(), dialogs, runner);
        screen.screenOpened();
    }

    private void inspectionInTheForm(String decisionNumber) {
        screen.newInspection();
        screen.kind.set(InspectionKind.SURPRISE);
        screen.title.set("Kiểm tra công vụ đột xuất tại Văn phòng");
        screen.decisionNumber.set(decisionNumber);
        screen.decisionDate.set(decisionNumber.isEmpty() ? null : TODAY.minusDays(5));
        screen.startsOn.set(TODAY.minusDays(3));
        screen.leader.set(screen.staff.stream().filter(x -> x.fullName().equals("Lê Thị Lan")).findFirst()
                .orElseThrow());
        screen.addUnit(screen.units.stream().filter(u -> u.id() == office.id()).findFirst().orElseThrow());
    }

    @Test
    void theActionSavesTheInspectionFirstAndARefusedSaveOpensNothing() {
        screen.newInspection();
        assertNull(screen.paper(InspectionPapers.Kind.DECISION, dialogs), "nothing to make a decision from");
        assertFalse(screen.form().errors().get("title").isEmpty());
        inspectionInTheForm("");
        InspectionPaperModel vm = screen.paper(InspectionPapers.Kind.DECISION, dialogs);
        assertNotNull(vm);
        assertNotNull(screen.form().editingId(), "saved");
        assertEquals("1", vm.numberTextProperty().get(), "the next QĐ number proposed");
        assertEquals("/QĐ-UBND", vm.symbolSuffix());
        assertTrue(vm.text.get().startsWith("Căn cứ Luật Tổ chức chính quyền địa phương"), vm.text.get());
        assertEquals(TODAY.minusDays(3), vm.date.get(), "dated the inspection's first day at the latest");
    }

    @Test
    void previewKeepsTheChoicesNumberingAsksThenNumbersAndLocksThePaper() {
        inspectionInTheForm("");
        InspectionPaperModel vm = screen.paper(InspectionPapers.Kind.DECISION, dialogs);
        vm.text.set("Căn cứ Quy chế kiểm tra công vụ của Ủy ban nhân dân xã");
        OfficialDocument draft = vm.preview();
        assertNull(draft.number());
        assertEquals(DocumentKind.QUYET_DINH, draft.kind());
        InspectionPaperModel again = screen.paper(InspectionPapers.Kind.DECISION, dialogs);
        assertEquals("Căn cứ Quy chế kiểm tra công vụ của Ủy ban nhân dân xã", again.text.get(), "kept");

        vm.numberTextProperty().set("x");
        assertNull(vm.number());
        assertEquals("Số văn bản phải là số nguyên dương.", vm.errors().get("number"));
        vm.numberTextProperty().set("3");
        assertNull(vm.number(), "asked first; not numbered without a yes");
        assertTrue(dialogs.last().startsWith("confirm paper.numberTitle: Vào sổ quyết định thành lập đoàn của cuộc "
                + "kiểm tra \"Kiểm tra công vụ đột xuất tại Văn phòng\" với số 03/QĐ-UBND"), dialogs.last());
        assertTrue(s.register().entries(2026, DocumentKind.QUYET_DINH).isEmpty());
        dialogs.answer(true);
        OfficialDocument numbered = vm.number();
        assertEquals("03/QĐ-UBND", numbered.number());
        assertEquals("03/QĐ-UBND", vm.numberedProperty().get());
        assertFalse(vm.editableProperty().get());
        assertEquals("Đã vào sổ với số 03/QĐ-UBND.", vm.statusProperty().get());
        Inspection i = s.inspections().inspection(screen.form().editingId());
        assertEquals("03/QĐ-UBND", i.decisionNumber());
        assertNull(vm.number(), "numbered once");
    }

    @Test
    void aTypedDecisionIsSaidAndTheQuestionSaysItWillBeReplaced() {
        inspectionInTheForm("12/QĐ-UBND");
        InspectionPaperModel vm = screen.paper(InspectionPapers.Kind.DECISION, dialogs);
        assertTrue(vm.notice.get().contains("12/QĐ-UBND"), vm.notice.get());
        vm.number();
        assertTrue(dialogs.last().contains("Số quyết định đã nhập tay (12/QĐ-UBND) sẽ được thay bằng số này."),
                dialogs.last());
    }

    @Test
    void theReportRefusesADayBeforeTheEndAtTheFieldAndWarnsOfATakenNumber() {
        inspectionInTheForm("");
        InspectionPaperModel vm = screen.paper(InspectionPapers.Kind.REPORT, dialogs);
        assertEquals(TODAY, vm.date.get());
        s.register().register(2026, DocumentKind.BAO_CAO, 1, "Báo cáo khác", TODAY);
        vm.numberTextProperty().set("2");
        vm.numberTextProperty().set("1");
        assertTrue(vm.numberWarningProperty().get().contains("01/BC-UBND"), vm.numberWarningProperty().get());
        vm.text.set("");
        assertTrue(vm.notice.get().contains("không có mục III"), vm.notice.get());
        vm.date.set(TODAY.minusDays(10));
        vm.numberTextProperty().set("2");
        dialogs.answer(true);
        assertNull(vm.number());
        assertFalse(vm.errors().get("date").isEmpty(), "the day before the inspection's end is refused at the field");
        assertEquals(1, s.register().entries(2026, DocumentKind.BAO_CAO).size());
    }
}
