package vn.socongvu.inspection.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.socongvu.TestServices;
import vn.socongvu.directory.Unit;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.inspection.Inspection;
import vn.socongvu.inspection.InspectionKind;
import vn.socongvu.inspection.InspectionRow;
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
}
