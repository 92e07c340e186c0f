package vn.socongvu.document.ui;

import java.nio.file.Path;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import vn.socongvu.common.Progress;
import vn.socongvu.document.DocxWriter;
import vn.socongvu.document.OfficialDocument;
import vn.socongvu.i18n.Messages;
import vn.socongvu.storage.SafeFiles;

/** The document being previewed, the file name to propose, and where it was last saved. */
public final class DocumentPreviewModel {
    private final OfficialDocument document;
    private final String fileName;
    private final ObjectProperty<Path> lastSaved = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public DocumentPreviewModel(OfficialDocument document, String fileName) {
        this.document = document;
        this.fileName = fileName;
    }

    public OfficialDocument document() {
        return document;
    }

    public String fileName() {
        return fileName;
    }

    /** Writes the .docx (safely: temp file, then move). Long: call off the FX thread. */
    public Path save(Path target, Progress progress) {
        progress.update(0.1, Messages.get("preview.saving", target.getFileName()));
        Path p = SafeFiles.write(target, out -> DocxWriter.write(document, out));
        progress.update(1.0, Messages.get("preview.saved", p));
        return p;
    }

    /** Called on the FX thread once {@link #save} succeeded. */
    public void saved(Path p) {
        lastSaved.set(p);
        status.set(Messages.get("preview.saved", p));
    }

    public void failed(String message) {
        status.set(message);
    }

    public ObjectProperty<Path> lastSavedProperty() {
        return lastSaved;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
