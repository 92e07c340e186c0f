package vn.socongvu.trash.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.task.Task;
import vn.socongvu.trash.Trash;
import vn.socongvu.ui.kit.ViewModelFixture;

/** Thùng rác's model without a window: restore, and removal for good only once the clerk agreed. */
class TrashViewModelTest extends ViewModelFixture {
    TrashViewModel vm;
    List<Task> deleted;

    @Override
    protected Services open(Path dataDir) {
        return TestServices.binhThanh(dataDir, LocalDate.of(2026, 11, 20));
    }

    @BeforeEach
    void setUp() {
        deleted = List.of(task("Công an xã", "Rà soát hồ sơ đất đai", LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 12, 30)), task("Công an xã", "Kiểm kê tài sản", LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 12, 30)));
        deleted.forEach(t -> services.tasks().delete(t.id()));
        vm = new TrashViewModel(services.trash(), dialogs);
        vm.load();
    }

    private Trash.Item item(String title) {
        return vm.items().stream().filter(i -> i.title().contains(title)).findFirst().orElseThrow();
    }

    @Test
    void restorePutsTheRecordBackAndSaysWhere() {
        assertEquals(2, vm.items().size());
        assertEquals("2 mục trong thùng rác.", vm.summaryProperty().get());
        vm.restore(item("Kiểm kê"));
        assertTrue(vm.messageProperty().get().startsWith("Đã khôi phục"), vm.messageProperty().get());
        assertEquals(1, vm.items().size());
        assertEquals("Kiểm kê tài sản", services.tasks().task(deleted.get(1).id()).content());
        assertEquals(List.of(), dialogs.shown, "restoring asks nothing");
    }

    @Test
    void removingForGoodAndEmptyingAreAskedFirst() {
        vm.purge(item("Kiểm kê"));
        assertTrue(dialogs.last().startsWith("confirm trash.ui.purge:") && dialogs.last().contains("Kiểm kê"),
                dialogs.last());
        assertEquals(2, services.trash().items().size(), "refused: nothing removed");
        dialogs.answer(true);
        vm.purge(item("Kiểm kê"));
        assertEquals(1, services.trash().items().size());
        assertEquals(1, vm.items().size());

        vm.empty();
        assertTrue(dialogs.last().startsWith("confirm trash.ui.emptyAll:"), dialogs.last());
        assertEquals(1, services.trash().items().size(), "refused: nothing removed");
        dialogs.answer(true);
        vm.empty();
        assertEquals(List.of(), services.trash().items());
        assertEquals("", vm.summaryProperty().get());
    }
}
