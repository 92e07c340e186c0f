package vn.socongvu.task.ui;

import java.nio.file.Path;
import java.util.List;

import vn.socongvu.common.Progress;
import vn.socongvu.task.TaskRow;

/** How Nhiệm vụ writes its list: as an Excel table and as a Word document ({@code TaskExport} in the window). */
public record TaskExports(Writer excel, Writer word) {

    /** Writes {@code rows}, described by {@code filterText}, to {@code target}; @return the file written */
    @FunctionalInterface
    public interface Writer {
        Path write(List<TaskRow> rows, String filterText, Path target, Progress progress);
    }
}
