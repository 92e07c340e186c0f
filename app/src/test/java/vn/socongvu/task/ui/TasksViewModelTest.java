package vn.socongvu.task.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;
import vn.socongvu.task.Recurrence;
import vn.socongvu.task.Task;
import vn.socongvu.task.TaskRow;
import vn.socongvu.task.TaskSource;
import vn.socongvu.ui.kit.Preferences;
import vn.socongvu.ui.kit.ScreenModelTest;
import vn.socongvu.ui.kit.SelectionProbe;

/** Nhiệm vụ without the window: the filter, saving a task, reporting on it, exporting the list. */
class TasksViewModelTest extends ScreenModelTest {
    TasksViewModel vm;
    SelectionProbe<TaskRow> table;
    Unit culture;

    @BeforeEach
    void open() {
        s = TestServices.binhThanh(tmp.resolve("data"), TODAY);
        culture = s.directory().saveUnit(new Unit.Draft(null, "Tổ công nghệ số cộng đồng", null, UnitKind.DEPARTMENT,
                null, null));
        for (String content : List.of("Kiểm tra bộ phận một cửa", "Rà soát hộ nghèo")) {
            s.tasks().save(new Task.Draft(null, TaskSource.INSTRUCTION, null, null, null, false, content, culture.id(),
                    null, List.of(), null, null, "Báo cáo kết quả", "Công văn 125/UBND", TODAY.minusDays(10),
                    TODAY.plusDays(10), Recurrence.NONE, null));
        }
        vm = new TasksViewModel(s.tasks(), s.plans(), s.directory(), s.meetings(),
                TaskExports.of(s.settings(), s.tasks()), new Preferences(tmp.resolve("data")), dialogs, runner);
        table = new SelectionProbe<>(vm.list());
        vm.screenOpened();
    }

    private List<String> contents() {
        return vm.rows().stream().map(TaskRow::content).sorted().toList();
    }

    @Test
    void theFilterNarrowsTheListAndTheSummaryCountsIt() {
        assertEquals(List.of("Kiểm tra bộ phận một cửa", "Rà soát hộ nghèo"), contents());
        assertTrue(vm.summaryProperty().get().contains("2"), vm.summaryProperty().get());
        vm.text.set("ho ngheo");
        assertEquals(List.of("Rà soát hộ nghèo"), contents());
        vm.clearFilter();
        assertEquals(2, contents().size());
    }

    @Test
    void anEmptyListTellsNothingYetFromAFilterHidingEverything() {
        assertFalse(vm.nothingYetProperty().get(), "two tasks listed");
        vm.text.set("không có việc nào như thế");
        assertTrue(contents().isEmpty());
        assertFalse(vm.nothingYetProperty().get(), "hidden by the filter: Xóa bộ lọc, not Thêm");
        vm.showEverything();
        assertEquals(2, contents().size(), "Xóa bộ lọc shows them again");

        try (Services empty = TestServices.binhThanh(tmp.resolve("empty"), TODAY)) {
            TasksViewModel fresh = new TasksViewModel(empty.tasks(), empty.plans(), empty.directory(),
                    empty.meetings(), TaskExports.of(empty.settings(), empty.tasks()),
                    new Preferences(tmp.resolve("empty")), dialogs, runner);
            fresh.screenOpened();
            assertTrue(fresh.rows().isEmpty());
            assertTrue(fresh.nothingYetProperty().get(), "no task at all: say how to start");
        }
    }

    @Test
    void aRefusedSaveSpeaksAtTheFieldAndASaveSelectsTheNewRow() {
        vm.newInstruction();
        assertNull(vm.taskForm().save());
        assertEquals("Hãy nhập nội dung nhiệm vụ.", vm.taskForm().form().errors().property("content").get());
        TaskFormModel f = vm.taskForm();
        f.content.set("Tuyên truyền chuyển đổi số");
        f.leadUnit.set(f.units.stream().filter(u -> u.id() == culture.id()).findFirst().orElseThrow());
        f.instructionRef.set("Thông báo 12/TB-UBND");
        f.deadline.set(TODAY.plusDays(5));
        Task t = vm.saveTask();
        assertNotNull(t, f.form().errors().general().get());
        assertEquals(3, contents().size());
        assertEquals(t.id(), vm.selectedRow.get().taskId(), "the new task's row is chosen");
        assertEquals(t.id(), table.last().taskId(), "and selected in the list");
        assertEquals("Đã lưu.", f.form().statusProperty().get());
    }

    @Test
    void progressIsRefusedWhenNotANumberAndRecordedOtherwise() {
        vm.select(vm.rows().getFirst());
        vm.progressPercent.set("nhiều");
        assertFalse(vm.reportProgress());
        assertFalse(vm.work().errors().property("percent").get().isEmpty());
        vm.progressPercent.set("40");
        assertTrue(vm.reportProgress());
        assertEquals("Đã ghi tiến độ.", vm.work().statusProperty().get());
        assertEquals(1, vm.progress.size());
        assertEquals(Integer.valueOf(40), vm.rows().stream().filter(r -> r.taskId() == vm.selectedRow.get().taskId())
                .findFirst().orElseThrow().lastPercent());
    }

    @Test
    void exportAsksWhereThenWritesInTheBackgroundAndOpensTheFile() throws Exception {
        vm.exportExcel();
        assertEquals("save tasks.exportExcel: danh-sach-nhiem-vu.xlsx", dialogs.last());
        assertTrue(runner.ran.isEmpty(), "cancelled: nothing written");
        Path target = tmp.resolve("usb/nhiem-vu.xlsx");
        Files.createDirectories(target.getParent());
        dialogs.choose(target).act(0); // "Mở tệp"
        vm.exportExcel();
        assertEquals(List.of("tasks.exporting"), runner.ran);
        assertTrue(Files.size(target) > 0);
        assertEquals(List.of(target), dialogs.opened);
        assertTrue(dialogs.last().startsWith("info app.title: Đã lưu " + target), dialogs.last());
        Path word = tmp.resolve("usb/phan-cong.docx");
        dialogs.choose(word).act(1); // "Mở thư mục": the folder the file is in
        vm.exportWord();
        assertTrue(Files.size(word) > 0);
        assertEquals(List.of(target, word.getParent()), dialogs.opened);
        assertTrue(dialogs.reported.isEmpty());
    }

    @Test
    void anExportThatFailsIsReported() throws Exception {
        Path notAFolder = Files.writeString(tmp.resolve("not-a-folder"), "x");
        dialogs.choose(notAFolder.resolve("x.xlsx"));
        vm.exportExcel();
        assertEquals(1, dialogs.reported.size());
        assertTrue(dialogs.opened.isEmpty());
    }
}
