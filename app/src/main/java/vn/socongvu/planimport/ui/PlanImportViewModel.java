package vn.socongvu.planimport.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import vn.socongvu.common.Progress;
import vn.socongvu.i18n.Messages;
import vn.socongvu.planimport.PlanImporter;
import vn.socongvu.ui.kit.DialogService;
import vn.socongvu.ui.kit.Signal;
import vn.socongvu.ui.kit.TaskRunner;

/**
 * Kế hoạch → "Nhập kế hoạch": the Word or text file chosen (or the text pasted) read in the background, with its
 * progress and a way to cancel; then the review to open ({@link #reviewReady()}), or why it cannot be read.
 */
public final class PlanImportViewModel {
    private static final List<DialogService.FileType> PLAN_FILES = List.of(
            new DialogService.FileType("planImport.planFiles", "*.docx", "*.txt"),
            new DialogService.FileType("planImport.allFiles", "*.*"));
    private final PlanImporter importer;
    private final DialogService dialogs;
    private final TaskRunner tasks;
    private final Signal<Ready> reviewReady = new Signal<>();

    public PlanImportViewModel(PlanImporter importer, DialogService dialogs, TaskRunner tasks) {
        this.importer = importer;
        this.dialogs = dialogs;
        this.tasks = tasks;
    }

    /** Asks for a .docx or .txt file, then reads it; nothing when the clerk cancels. */
    public void fromFile() {
        dialogs.chooseFileToOpen("planImport.chooseFile", PLAN_FILES)
                .ifPresent(this::read);
    }

    /** Reads the plan's text (copied from an e-mail or a web page); nothing when it is blank. */
    public void fromText(String text) {
        if (text != null && !text.isBlank()) {
            read(Messages.get("planImport.pasted"), p -> importer.readText(text, p));
        }
    }

    /** Reads {@code file} (what "Nhập từ tệp…" does once the file is chosen). */
    public void read(Path file) {
        read(file.getFileName().toString(), p -> importer.read(file, p));
    }

    private void read(String origin, Function<Progress, PlanImporter.Reading> reading) {
        tasks.run("planImport.reading", p -> {
            p.update(0, Messages.get("planImport.readingFile", origin));
            return reading.apply(p);
        }, r -> reviewReady.fire(new Ready(importer, r, origin)), dialogs::report);
    }

    /** Fired when a plan was read: the screen opens its review. */
    public Signal<Ready> reviewReady() {
        return reviewReady;
    }

    /** A plan read, to review: what read it, what was read, and from where ("ke-hoach.docx", pasted text). */
    public record Ready(PlanImporter importer, PlanImporter.Reading reading, String origin) {
    }
}
