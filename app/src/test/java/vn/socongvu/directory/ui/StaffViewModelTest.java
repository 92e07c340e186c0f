package vn.socongvu.directory.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.socongvu.TestServices;
import vn.socongvu.directory.Staff;
import vn.socongvu.directory.StaffCategory;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;
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
        vm = new StaffViewModel(s.directory(), runner);
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
}
