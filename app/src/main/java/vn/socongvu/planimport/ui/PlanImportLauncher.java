package vn.socongvu.planimport.ui;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

import vn.socongvu.common.Progress;
import vn.socongvu.i18n.Messages;
import vn.socongvu.planimport.PlanImporter;
import vn.socongvu.ui.kit.Dialogs;
import vn.socongvu.ui.kit.FxDialogService;
import vn.socongvu.ui.kit.FxTaskRunner;

/**
 * Kế hoạch → "Nhập kế hoạch" in the window: a {@link PlanImportViewModel} with the window's dialogs and progress,
 * the box the text is pasted into, and the review's window once a plan is read.
 */
public final class PlanImportLauncher {
    private PlanImportLauncher() {
    }

    /**
     * Asks for a .docx or .txt file, then reads and reviews it. While the clerk chooses the file, the Word reader
     * and the recogniser are warmed up in the background ({@link PlanImporter#warmUp}), so that the file chosen is
     * read sooner; the warm-up stops once the chooser closes.
     */
    public static void fromFile(Window owner, PlanImporter importer, Consumer<PlanImporter.Saved> onSaved) {
        Runnable stopWarmUp = warmUp(importer);
        try {
            model(owner, importer, onSaved).fromFile();
        } finally {
            stopWarmUp.run();
        }
    }

    /**
     * Starts {@link PlanImporter#warmUp} on a background thread; the action returned stops it between its steps
     * (what it has loaded stays loaded, what it read is forgotten).
     */
    public static Runnable warmUp(PlanImporter importer) {
        AtomicBoolean stopped = new AtomicBoolean();
        Progress progress = new Progress() {
            @Override
            public void update(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return stopped.get();
            }
        };
        FxTaskRunner.background().execute(() -> importer.warmUp(progress));
        return () -> stopped.set(true);
    }

    /** Asks for the plan's text (copied from an e-mail or a web page), then reads and reviews it. */
    public static void fromText(Window owner, PlanImporter importer, Consumer<PlanImporter.Saved> onSaved) {
        Dialog<String> d = Dialogs.create(owner, "planImport.paste", "plan-paste-dialog");
        d.setHeaderText(Messages.get("planImport.pasteHint"));
        TextArea text = new TextArea();
        text.setId("plan-paste-text");
        text.setWrapText(true);
        text.setPrefSize(720, 420);
        d.getDialogPane().setContent(text);
        ButtonType read = new ButtonType(Messages.get("planImport.read"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(read, Dialogs.CANCEL);
        d.getDialogPane().lookupButton(read).disableProperty().bind(text.textProperty().isEmpty());
        d.setResultConverter(b -> b == read ? text.getText() : null);
        Runnable stopWarmUp = warmUp(importer); // the recogniser made ready while the text is pasted
        try {
            d.showAndWait().ifPresent(model(owner, importer, onSaved)::fromText);
        } finally {
            stopWarmUp.run();
        }
    }

    /** Reads {@code file} and reviews it (what {@link #fromFile} does once the file is chosen). */
    public static void read(Window owner, PlanImporter importer, Path file, Consumer<PlanImporter.Saved> onSaved) {
        model(owner, importer, onSaved).read(file);
    }

    private static PlanImportViewModel model(Window owner, PlanImporter importer,
                                             Consumer<PlanImporter.Saved> onSaved) {
        PlanImportViewModel vm = new PlanImportViewModel(importer, new FxDialogService(() -> owner),
                new FxTaskRunner(() -> owner));
        vm.reviewReady().listen(r -> PlanReviewView.show(owner, r.importer(), r.reading(), r.origin(), onSaved));
        return vm;
    }
}
