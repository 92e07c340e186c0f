package vn.socongvu.planimport.ui;

import java.io.File;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import vn.socongvu.common.Progress;
import vn.socongvu.i18n.Messages;
import vn.socongvu.planimport.PlanImporter;
import vn.socongvu.ui.kit.BackgroundWork;
import vn.socongvu.ui.kit.ErrorDialog;
import vn.socongvu.ui.kit.Ui;

/**
 * Kế hoạch → "Nhập kế hoạch": picks a Word or text file (or takes pasted text), reads it in the background
 * with a way to cancel, and opens the review; a file that cannot be read gets its message, nothing else.
 */
public final class PlanImportLauncher {
    private PlanImportLauncher() {
    }

    /** Asks for a .docx or .txt file, then reads and reviews it. */
    public static void fromFile(Window owner, PlanImporter importer, Consumer<PlanImporter.Saved> onSaved) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("planImport.chooseFile"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("planImport.planFiles"), "*.docx", "*.txt"),
                new FileChooser.ExtensionFilter(Messages.get("planImport.allFiles"), "*.*"));
        File f = chooser.showOpenDialog(owner);
        if (f != null) {
            read(owner, importer, f.getName(), p -> importer.read(f.toPath()), onSaved);
        }
    }

    /** Asks for the plan's text (copied from an e-mail or a web page), then reads and reviews it. */
    public static void fromText(Window owner, PlanImporter importer, Consumer<PlanImporter.Saved> onSaved) {
        Dialog<String> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Messages.get("planImport.paste"));
        d.setHeaderText(Messages.get("planImport.pasteHint"));
        TextArea text = new TextArea();
        text.setId("plan-paste-text");
        text.setWrapText(true);
        text.setPrefSize(720, 420);
        d.getDialogPane().setContent(text);
        ButtonType read = new ButtonType(Messages.get("planImport.read"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().setAll(read, cancel);
        d.getDialogPane().lookupButton(read).disableProperty().bind(text.textProperty().isEmpty());
        d.setResultConverter(b -> b == read ? text.getText() : null);
        d.showAndWait().filter(s -> !s.isBlank()).ifPresent(s ->
                read(owner, importer, Messages.get("planImport.pasted"), p -> importer.readText(s), onSaved));
    }

    /** Reads in the background, then opens the review (or says why the text cannot be read). */
    public static void read(Window owner, PlanImporter importer, String origin,
                            Function<Progress, PlanImporter.Reading> reading, Consumer<PlanImporter.Saved> onSaved) {
        BackgroundWork.start(owner, "planImport.reading", p -> {
            p.update(-1, Messages.get("planImport.readingFile", origin));
            return reading.apply(p);
        }, r -> PlanReviewView.show(owner, new PlanReviewViewModel(importer, r, origin), onSaved),
                e -> ErrorDialog.report(owner, e));
    }
}
