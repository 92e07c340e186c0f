package vn.socongvu.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;

/** The window's state, without the window: the sections, and the start before the data is open. */
class MainViewModelTest {
    @TempDir
    Path tmp;

    @Test
    void aSectionChosenBeforeTheDataIsOpenIsTheOneShownAfter() {
        try (Services services = TestServices.binhThanh(tmp.resolve("data"), LocalDate.of(2026, 5, 4))) {
            MainViewModel vm = MainViewModel.opening(tmp.resolve("data"));
            List<Section<?>> shown = new ArrayList<>();
            vm.shownProperty().addListener((o, was, now) -> shown.add(now));
            assertFalse(vm.isOpen());
            assertNull(vm.shownProperty().get(), "nothing shown but \"opening the data…\"");
            assertEquals(Sections.OVERVIEW, vm.sectionProperty().get());
            assertEquals("", vm.communeTitleProperty().get());

            vm.sectionProperty().set(Sections.TASKS);
            assertNull(vm.shownProperty().get());

            vm.attach(services, null);
            assertTrue(vm.isOpen());
            assertSame(Sections.TASKS, vm.shownProperty().get());
            assertEquals(List.of(Sections.TASKS), shown, "the overview was never shown on the way");
            assertEquals("Xã Bình Thành, tỉnh Thái Nguyên", vm.communeTitleProperty().get());

            vm.sectionProperty().set(Sections.MEETINGS);
            assertSame(Sections.MEETINGS, vm.shownProperty().get());
            assertThrows(IllegalStateException.class, () -> vm.attach(services, null), "given its data once");
        }
    }

    @Test
    void theDataIsNotReachableBeforeItIsOpen() {
        MainViewModel vm = MainViewModel.opening(tmp);
        assertThrows(IllegalStateException.class, vm::services);
    }

    @Test
    void theSectionsHaveTheirPlaceNamesAndLabels() {
        List<String> slugs = Sections.ALL.stream().map(Section::slug).toList();
        assertEquals(List.of("overview", "plans", "tasks", "meetings", "inspections", "reports", "evaluation",
                "directory", "trash", "settings"), slugs);
        assertEquals("nav-tasks", Sections.TASKS.navId());
        assertEquals("Nhiệm vụ", Sections.TASKS.label());
        assertEquals(Sections.ALL.size(), new HashSet<>(Sections.ALL.stream().map(Section::label).toList()).size(),
                "each its own label");
    }
}
