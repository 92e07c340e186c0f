package vn.socongvu.task.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.directory.Unit;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.document.OfficialDocument;
import vn.socongvu.ui.kit.Preferences;
import vn.socongvu.ui.kit.ViewModelFixture;

/** "Công văn đôn đốc…" of Nhiệm vụ without the window: the unit from the filter, what it lists, numbering. */
class FollowUpLetterModelTest extends ViewModelFixture {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @Override
    protected Services open(Path dataDir) {
        return TestServices.binhThanh(dataDir, TODAY);
    }

    private TasksViewModel tasksScreen() {
        return new TasksViewModel(services.tasks(), services.plans(), services.directory(), services.meetings(),
                TaskExports.of(services.settings(), services.tasks()), new Preferences(tmp.resolve("prefs")), dialogs,
                tasks);
    }

    private Unit office() {
        return services.directory().activeUnits().stream().filter(u -> u.name().startsWith("Văn phòng")).findFirst()
                .orElseThrow();
    }

    @Test
    void theLetterStartsWithTheUnitTheListIsFilteredOnAndSaysWhatItWillList() {
        task("Văn phòng HĐND và UBND", "Rà soát hồ sơ", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 16));
        TasksViewModel screen = tasksScreen();
        screen.unit.set(office());
        FollowUpLetterModel vm = screen.followUp(dialogs);
        assertEquals(office().id(), vm.unit.get().id());
        assertEquals("Văn phòng HĐND và UBND: 1 nhiệm vụ quá hạn, 0 nhiệm vụ đến hạn trong 5 ngày làm việc tới.",
                vm.summaryProperty().get());
        assertEquals("/UBND", vm.symbolSuffix());
        screen.unit.set(null);
        FollowUpLetterModel none = screen.followUp(dialogs);
        assertNull(none.unit.get());
        assertNull(none.preview(), "no unit: nothing to preview");
        assertFalse(none.errors().get("unit").isEmpty());
    }

    @Test
    void numberingAsksThenRegistersTheCongVanAndANewUnitStartsANewLetter() {
        task("Văn phòng HĐND và UBND", "Rà soát hồ sơ", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 16));
        FollowUpLetterModel vm = new FollowUpLetterModel(services.tasks().followUps(), office().id(), dialogs);
        OfficialDocument draft = vm.preview();
        assertEquals(DocumentKind.CONG_VAN, draft.kind());
        assertNull(draft.number());
        assertEquals("1", vm.numberTextProperty().get());
        assertNull(vm.number());
        assertTrue(dialogs.last().startsWith("confirm paper.numberTitle: Vào sổ công văn đôn đốc gửi Văn phòng HĐND "
                + "và UBND với số 01/UBND, ngày 20/11/2026?"), dialogs.last());
        assertTrue(services.register().entries(2026, DocumentKind.CONG_VAN).isEmpty());
        dialogs.answer(true);
        assertEquals("01/UBND", vm.number().number());
        assertEquals("01/UBND", vm.numberedProperty().get());
        assertEquals("01/UBND", vm.preview().number(), "the letter shown again is the one numbered");
        assertEquals(1, services.register().entries(2026, DocumentKind.CONG_VAN).size());
        vm.unit.set(vm.units.stream().filter(u -> u.name().startsWith("Phòng Kinh tế")).findFirst().orElseThrow());
        assertEquals("", vm.numberedProperty().get(), "another unit: another letter");
        assertEquals("2", vm.numberTextProperty().get());
    }
}
