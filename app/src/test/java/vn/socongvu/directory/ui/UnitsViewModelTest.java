package vn.socongvu.directory.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.socongvu.TestServices;
import vn.socongvu.directory.DirectoryService;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;
import vn.socongvu.ui.kit.ScreenModelTest;
import vn.socongvu.ui.kit.SelectionProbe;

/** Đơn vị without the window: the list, the form, saving and deactivating, as the model does them. */
class UnitsViewModelTest extends ScreenModelTest {
    UnitsViewModel vm;
    SelectionProbe<Unit> table;

    @BeforeEach
    void open() {
        s = TestServices.empty(tmp);
        s.directory().saveUnit(new Unit.Draft(null, "Phòng Kinh tế", "KT", UnitKind.DEPARTMENT, null, null));
        vm = new UnitsViewModel(s.directory(), new DirectoryTransfer(s.directoryImport(), dialogs, runner), runner);
        table = new SelectionProbe<>(vm.list());
        vm.screenOpened();
    }

    @Test
    void theFirstOpeningListsTheUnitsAndStartsANewOne() {
        assertEquals(List.of("Phòng Kinh tế"), vm.units().stream().map(Unit::name).toList());
        assertNull(vm.editingProperty().get());
        assertEquals("", vm.name.get());
        vm.name.set("typed, not saved");
        vm.screenOpened(); // the clerk comes back: the list again, the form kept
        assertEquals("typed, not saved", vm.name.get());
    }

    @Test
    void aRefusedSaveShowsTheMessageAtItsFieldAndSavesNothing() {
        vm.name.set("  ");
        assertNull(vm.save());
        assertEquals("Hãy nhập tên đơn vị.", vm.errors().property("name").get());
        assertEquals(1, s.directory().units().size());
        assertEquals("", vm.statusProperty().get());
    }

    @Test
    void aSaveReloadsTheListAndKeepsTheSavedUnitSelected() {
        vm.name.set("Phòng Văn hóa – Xã hội");
        Unit saved = vm.save();
        assertEquals("Phòng Văn hóa – Xã hội", saved.name());
        assertEquals(2, vm.units().size());
        assertEquals(saved, vm.editingProperty().get());
        assertEquals(saved, table.last(), "the saved unit is selected in the reloaded list");
        assertEquals("Đã lưu.", vm.statusProperty().get());
        vm.newUnit();
        assertNull(table.last(), "a new unit: nothing selected");
        assertNull(vm.editingProperty().get());
    }

    @Test
    void deactivatingHidesTheUnitUnlessInactiveOnesAreShownAndTheHistorySaysSo() {
        Unit u = vm.units().getFirst();
        vm.edit(u);
        int created = vm.history().size();
        assertTrue(created > 0);
        assertTrue(vm.toggleActive());
        assertFalse(vm.editingProperty().get().active());
        assertEquals("Đã chuyển sang ngừng hoạt động.", vm.statusProperty().get());
        assertTrue(vm.units().isEmpty(), "inactive units are hidden by default");
        vm.showInactiveProperty().set(true);
        assertEquals(1, vm.units().size());
        assertEquals(u.id(), table.last().id());
        assertTrue(vm.history().size() > created, "created, then deactivated");
        vm.searchProperty().set("xyz");
        assertTrue(vm.units().isEmpty());
        vm.searchProperty().set("kt");
        assertEquals(1, vm.units().size(), "the short name matches too");
    }

    @Test
    void aUnitChangedElsewhereAfterTheListWasReadIsShownAsItIsNowAndItsChangeKept() {
        Unit row = vm.units().getFirst(); // as the list read it
        // another PC changes the short name meanwhile (at its own mark: it goes through)
        s.directory().saveUnit(new Unit.Draft(row.id(), row.name(), "KTẾ", row.kind(), row.phone(), row.note()),
                s.directory().mark(DirectoryService.UNIT, row.id()));
        vm.edit(row);
        assertEquals("KTẾ", vm.shortName.get(), "the form shows the unit as it is now, not the list's older row");
        vm.phone.set("0283 111 222");
        assertEquals("0283 111 222", vm.save().phone());
        Unit now = s.directory().unit(row.id()).orElseThrow();
        assertEquals("KTẾ", now.shortName(), "their change is not overwritten");
        assertEquals("0283 111 222", now.phone());
    }
}
