package vn.socongvu.document.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import vn.socongvu.common.Progress;
import vn.socongvu.common.UserException;
import vn.socongvu.document.DocxWriter;
import vn.socongvu.document.OfficialDocument;
import vn.socongvu.i18n.Messages;
import vn.socongvu.storage.SafeFiles;
import vn.socongvu.ui.kit.DialogService;
import vn.socongvu.ui.kit.TaskRunner;

/**
 * The document being previewed, the file name to propose, and its saving as a Word file: where to (asked), the
 * writing (in the background), then the offer to open the file or its folder.
 */
public final class DocumentPreviewModel {
    private static final List<DialogService.FileType> WORD =
            List.of(new DialogService.FileType("preview.wordFiles", "*.docx"));
    private final OfficialDocument document;
    private final String fileName;
    private final DialogService dialogs;
    private final TaskRunner tasks;
    private final ReadOnlyObjectWrapper<Path> lastSaved = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public DocumentPreviewModel(OfficialDocument document, String fileName, DialogService dialogs, TaskRunner tasks) {
        this.document = document;
        this.fileName = fileName;
        this.dialogs = dialogs;
        this.tasks = tasks;
    }

    public OfficialDocument document() {
        return document;
    }

    public String fileName() {
        return fileName;
    }

    /** Asks where to save (a .docx, the proposed name given), then saves there; nothing when the clerk cancels. */
    public void chooseAndSave() {
        dialogs.chooseFileToSave("preview.save", fileName, WORD)
                .map(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".docx") ? f
                        : f.resolveSibling(f.getFileName() + ".docx"))
                .ifPresent(this::save);
    }

    /**
     * Writes the .docx in the background (safely: temp file, then move), then offers to open the file or its
     * folder. A file that cannot be written is said in the status line.
     */
    public void save(Path target) {
        tasks.run("preview.save", p -> write(target, p), saved -> {
            lastSaved.set(saved);
            status.set(Messages.get("preview.saved", saved));
            dialogs.saved("preview-saved-dialog", "app.title", Messages.get("preview.saved", saved), saved, true);
        }, e -> {
            if (e instanceof UserException ue) {
                status.set(ue.userMessage()); // shown in the preview's own status line
            } else {
                dialogs.report(e);
            }
        });
    }

    private Path write(Path target, Progress progress) {
        progress.update(0.1, Messages.get("preview.saving", target.getFileName()));
        Path p = SafeFiles.write(target, out -> DocxWriter.write(document, out));
        progress.update(1.0, Messages.get("preview.saved", p));
        return p;
    }

    /** A line for the status (printed, no printer, printing failed). */
    public void tell(String message) {
        status.set(message);
    }

    public ReadOnlyObjectProperty<Path> lastSavedProperty() {
        return lastSaved.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
