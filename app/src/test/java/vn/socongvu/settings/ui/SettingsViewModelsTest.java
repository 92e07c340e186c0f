package vn.socongvu.settings.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.i18n.Messages;
import vn.socongvu.settings.Holiday;
import vn.socongvu.settings.HolidayKind;
import vn.socongvu.ui.kit.RecordingDialogService;
import vn.socongvu.ui.kit.ViewModelFixture;

/** Cài đặt's models without a window: refused saves named at their fields, a deletion asked first. */
class SettingsViewModelsTest extends ViewModelFixture {
    @Override
    protected Services open(Path dataDir) {
        return TestServices.binhThanh(dataDir, LocalDate.of(2026, 11, 20));
    }

    @Test
    void aRefusedIdentityIsNamedAtItsFieldAndTheHeaderIsToldOnlyOfASavedOne() {
        AtomicInteger headerTold = new AtomicInteger();
        IdentityViewModel vm = new IdentityViewModel(services.settings(), new RecordingDialogService(), headerTold::incrementAndGet);
        vm.screenOpened();
        assertEquals("Bình Thành", vm.communeName.get());
        vm.communeName.set(" ");
        assertFalse(vm.save());
        assertFalse(vm.errors().property("communeName").get().isEmpty());
        assertEquals(0, headerTold.get());
        assertEquals("Bình Thành", services.settings().identity().orElseThrow().communeName());

        vm.communeName.set("Bình Minh");
        assertTrue(vm.save());
        assertEquals("", vm.errors().property("communeName").get());
        assertEquals(Messages.get("common.saved"), vm.statusProperty().get());
        assertEquals(1, headerTold.get());
        assertEquals("Bình Minh", services.settings().identity().orElseThrow().communeName());
    }

    @Test
    void aHolidayWithAWrongDateIsRefusedAndItsDeletionIsAskedFirst() {
        HolidaysViewModel vm = new HolidaysViewModel(services.settings(), dialogs);
        vm.screenOpened();
        vm.date.set("31/02/2026");
        vm.name.set("Thử");
        assertNull(vm.save());
        assertFalse(vm.errors().property("date").get().isEmpty());

        vm.date.set("07/12/2026");
        vm.kind.set(HolidayKind.OFF);
        Holiday saved = vm.save();
        assertNotNull(saved);
        assertTrue(services.settings().holidays(2026).contains(saved));

        assertFalse(vm.delete(), "the clerk said no");
        assertTrue(dialogs.last().startsWith("confirm common.delete:") && dialogs.last().contains("07/12/2026"),
                dialogs.last());
        assertTrue(services.settings().holidays(2026).contains(saved));
        dialogs.answer(true);
        assertTrue(vm.delete());
        assertFalse(services.settings().holidays(2026).stream().anyMatch(h -> h.id() == saved.id()));
        assertEquals(Messages.get("common.deleted"), vm.statusProperty().get());
    }

    @Test
    void deadlinesThatAreNotDaysAreNamedAtTheirFields() {
        DeadlinesViewModel vm = new DeadlinesViewModel(services.settings());
        vm.screenOpened();
        String before = vm.text("windowStartDay").get();
        vm.text("windowStartDay").set("mười lăm");
        vm.text("annualUnitDue").set("30/02");
        assertFalse(vm.save());
        assertEquals(List.of(false, false), List.of(vm.errors().property("windowStartDay").get().isEmpty(),
                vm.errors().property("annualUnitDue").get().isEmpty()));
        assertEquals(before, Integer.toString(services.settings().deadlines().windowStartDay()));
    }
}
