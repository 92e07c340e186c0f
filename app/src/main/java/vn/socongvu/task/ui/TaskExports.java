package vn.socongvu.task.ui;

import java.nio.file.Path;
import java.util.List;

import vn.socongvu.common.Progress;
import vn.socongvu.settings.SettingsService;
import vn.socongvu.task.TaskExport;
import vn.socongvu.task.TaskRow;
import vn.socongvu.task.TaskService;

/** How Nhiệm vụ writes its list: as an Excel table and as a Word document ({@link TaskExport} in the window). */
public record TaskExports(Writer excel, Writer word) {

    /** The writers of {@link TaskExport}: the commune's identity in the heading, the states as of today. */
    public static TaskExports of(SettingsService settings, TaskService tasks) {
        return new TaskExports((rows, f, target, p) -> TaskExport.excel(settings, rows, f, target, p),
                (rows, f, target, p) -> TaskExport.word(settings, tasks.today(), rows, f, target, p));
    }

    /** Writes {@code rows}, described by {@code filterText}, to {@code target}; @return the file written */
    @FunctionalInterface
    public interface Writer {
        Path write(List<TaskRow> rows, String filterText, Path target, Progress progress);
    }
}
