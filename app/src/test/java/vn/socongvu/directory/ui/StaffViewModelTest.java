package vn.socongvu.directory.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.socongvu.TestServices;
import vn.socongvu.directory.DirectoryService;
import vn.socongvu.directory.Staff;
import vn.socongvu.directory.StaffCategory;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;
import vn.socongvu.staffimport.FilledTemplate;
import vn.socongvu.ui.kit.ScreenModelTest;
import vn.socongvu.ui.kit.SelectionProbe;

/** Cán bộ, công chức without the window: filters, the form, saving, deactivating. */
class StaffViewModelTest extends ScreenModelTest {
    StaffViewModel vm;
    SelectionProbe<Staff> table;
    Unit economy;
    Unit culture;

    @BeforeEach
    void open() {
        s = TestServices.empty(tmp);
        economy = s.directory().saveUnit(new Unit.Draft(null, "Phòng Kinh tế", null, UnitKind.DEPARTMENT, null, null));
        culture = s.directory().saveUnit(new Unit.Draft(null, "Phòng Văn hóa", null, UnitKind.DEPARTMENT, null, null));
        s.directory().saveStaff(new Staff.Draft(null, "Nguyễn Văn An", economy.id(), "Chuyên viên",
                StaffCategory.CONG_CHUC, false, null, null));
        s.directory().saveStaff(new Staff.Draft(null, "Trần Thị Bình", culture.id(), "Trưởng phòng",
                StaffCategory.CONG_CHUC, true, null, null));
        vm = new StaffViewModel(s.directory(), new DirectoryTransfer(s.directoryImport(), dialogs, runner), runner);
        table = new SelectionProbe<>(vm.list());
        vm.screenOpened();
    }

    private List<String> names() {
        return vm.staff().stream().map(Staff::fullName).sorted().toList();
    }

    @Test
    void theFiltersNarrowTheList() {
        assertEquals(List.of("Nguyễn Văn An", "Trần Thị Bình"), names());
        vm.unitFilterProperty().set(vm.filterUnits().stream().filter(u -> u.id() == culture.id()).findFirst()
                .orElseThrow());
        assertEquals(List.of("Trần Thị Bình"), names());
        vm.unitFilterProperty().set(null);
        vm.searchProperty().set("chuyen vien");
        assertEquals(List.of("Nguyễn Văn An"), names());
    }

    @Test
    void aNewPersonGetsTheFilteredUnitAndARefusedSaveSaysWhy() {
        vm.unitFilterProperty().set(vm.filterUnits().stream().filter(u -> u.id() == economy.id()).findFirst()
                .orElseThrow());
        vm.newStaff();
        assertEquals(economy.id(), vm.unit.get().id(), "the unit filtered on is proposed");
        assertNull(vm.save());
        assertEquals("Hãy nhập họ và tên.", vm.errors().property("fullName").get());
        assertEquals(2, s.directory().staff().size());
    }

    @Test
    void aSaveReloadsTheListWithThePersonSelectedAndDeactivatingHidesThem() {
        vm.newStaff();
        vm.fullName.set("Lê Văn Cường");
        vm.unit.set(vm.formUnits().stream().filter(u -> u.id() == culture.id()).findFirst().orElseThrow());
        Staff saved = vm.save();
        assertEquals("Lê Văn Cường", saved.fullName());
        assertEquals(3, vm.staff().size());
        assertEquals(saved.id(), table.last().id());
        assertEquals("Đã lưu.", vm.statusProperty().get());
        int created = vm.history().size();
        assertTrue(created > 0);
        assertTrue(vm.toggleActive());
        assertEquals(2, vm.staff().size(), "inactive people are hidden by default");
        assertTrue(vm.history().size() > created, "created, then deactivated");
    }

    @Test
    void anEmptyListSaysWhetherNothingIsThereOrTheFilterHidesIt() {
        assertFalse(vm.nothingYetProperty().get(), "two people are there");
        vm.searchProperty().set("không ai tên này");
        assertTrue(vm.staff().isEmpty());
        assertFalse(vm.nothingYetProperty().get(), "hidden by the filter, not missing");
        vm.clearFilters();
        assertEquals(2, vm.staff().size(), "Xóa bộ lọc shows them again");
    }

    @Test
    void theTemplateIsWrittenWhereChosenThenImportedAndTheListShowsThePeople() throws Exception {
        Path template = tmp.resolve("mau.xlsx");
        dialogs.choose(template);
        vm.downloadTemplate();
        assertTrue(Files.size(template) > 0, "the template written");
        Path filled = FilledTemplate.fill(template, tmp.resolve("da-dien.xlsx"),
                List.of(List.of("Xóm Bãi", "", "Thôn, xóm", "", "")),
                List.of(List.of("Đỗ Văn Nam", "Xóm Bãi", "Trưởng xóm", "Người lao động", "Có", "", ""),
                        List.of("Lê Thị Hoa", "Phòng Kinh tế", "Chuyên viên", "Công chức", "", "", "")));
        dialogs.choose(filled);
        vm.importFile();
        assertTrue(dialogs.last().startsWith("info staffImport.done.title: Đã thêm 1 đơn vị và 2 người"),
                dialogs.last());
        assertEquals(List.of("Lê Thị Hoa", "Nguyễn Văn An", "Trần Thị Bình", "Đỗ Văn Nam"), names(),
                "the list read again");
        assertTrue(vm.filterUnits().stream().anyMatch(u -> u.name().equals("Xóm Bãi")), "the new unit offered");

        Path bad = FilledTemplate.fill(template, tmp.resolve("loi.xlsx"), List.of(),
                List.of(List.of("Phan Văn Tú", "Xóm Không Có", "", "Công chức", "", "", "")));
        dialogs.choose(bad);
        vm.importFile();
        assertTrue(dialogs.last().startsWith("text staffImport.refused.title: Tệp loi.xlsx chưa được nhập vì có 1 lỗi"),
                dialogs.last());
        assertTrue(dialogs.last().contains("Trang Cán bộ, dòng 2, cột Đơn vị: không có đơn vị \"Xóm Không Có\""),
                dialogs.last());
        assertEquals(4, vm.staff().size(), "nothing added");
    }

    @Test
    void aPersonChangedElsewhereAfterTheListWasReadIsShownAsTheyAreNowAndTheirChangeKept() {
        Staff row = vm.staff().stream().filter(x -> x.fullName().equals("Nguyễn Văn An")).findFirst().orElseThrow();
        // another PC changes the job title meanwhile (at its own mark: it goes through)
        s.directory().saveStaff(new Staff.Draft(row.id(), row.fullName(), row.unitId(), "Phó Trưởng phòng",
                row.category(), row.leader(), row.phone(), row.email()), s.directory().mark(DirectoryService.STAFF, row.id()));
        vm.edit(row);
        assertEquals("Phó Trưởng phòng", vm.jobTitle.get(), "the form shows the person as they are now");
        vm.phone.set("0912 345 678");
        assertEquals("0912 345 678", vm.save().phone());
        Staff now = s.directory().staff(row.id()).orElseThrow();
        assertEquals("Phó Trưởng phòng", now.jobTitle(), "their change is not overwritten");
        assertEquals("0912 345 678", now.phone());
    }
}
