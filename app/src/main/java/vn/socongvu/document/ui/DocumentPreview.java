package vn.socongvu.document.ui;

import java.nio.file.Path;
import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import vn.socongvu.document.OfficialDocument;
import vn.socongvu.i18n.Messages;
import vn.socongvu.ui.kit.FxDialogService;
import vn.socongvu.ui.kit.FxTaskRunner;
import vn.socongvu.ui.kit.KeyActions;
import vn.socongvu.ui.kit.Theme;
import vn.socongvu.ui.kit.Ui;
import vn.socongvu.ui.kit.Windows;

/**
 * Print preview of an official document: its A4 pages as they will print, "In…" through the system
 * print dialog, and "Lưu thành tệp Word…" to a folder the clerk picks (a USB stick).
 */
public final class DocumentPreview extends BorderPane {
    private final DocumentPreviewModel vm;
    private final List<Pane> pages;
    private final VBox pageBox = new VBox(16);
    private final Label pageCount = new Label();

    public DocumentPreview(DocumentPreviewModel vm) {
        this.vm = vm;
        setId("document-preview");
        this.pages = DocumentPages.pages(vm.document());
        Button print = Ui.primary("preview.print", "preview-print", this::print);
        Button save = Ui.button("preview.save", "preview-save", vm::chooseAndSave);
        ComboBox<Integer> zoom = Ui.combo(List.of(50, 75, 100, 125, 150), z -> z + "%");
        zoom.setId("preview-zoom");
        zoom.setValue(100);
        zoom.valueProperty().addListener((o, a, z) -> showPages(z / 100.0));
        zoom.setMaxWidth(100);
        pageCount.setId("preview-pages");
        pageCount.setText(Messages.get("preview.pages", pages.size()));
        Label status = new Label();
        status.setId("preview-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        var bar = Ui.bar(print, save, Ui.spacer(), pageCount, new Label(Messages.get("preview.zoom")), zoom);
        bar.setPadding(new Insets(8, 12, 8, 12));
        setTop(new VBox(bar, status));
        status.setPadding(new Insets(0, 12, 4, 12));

        pageBox.setAlignment(Pos.TOP_CENTER);
        pageBox.setPadding(new Insets(16));
        pageBox.setStyle("-fx-background-color: -color-bg-inset;");
        showPages(1.0);
        ScrollPane scroll = new ScrollPane(pageBox);
        scroll.setFitToWidth(true);
        setCenter(scroll);
    }

    public List<Pane> pages() {
        return pages;
    }

    private void showPages(double scale) {
        pageBox.getChildren().clear();
        for (Pane p : pages) {
            Group g = new Group(p);
            p.setScaleX(scale);
            p.setScaleY(scale);
            StackPane holder = new StackPane(g);
            holder.setMaxSize(DocumentPages.PAGE_W * scale, DocumentPages.PAGE_H * scale);
            // A paper edge drawn by the style sheet: a drop-shadow effect renders every page again into
            // off-screen pictures of its size (tens of MB with the software renderer).
            holder.getStyleClass().add("preview-page");
            pageBox.getChildren().add(holder);
        }
    }

    /**
     * Opens the preview of {@code document} in its own window, whose dialogs (where to save, saved) and progress
     * belong to it.
     */
    public static Stage show(Window owner, OfficialDocument document, String fileName) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        DocumentPreviewModel vm = new DocumentPreviewModel(document, fileName, new FxDialogService(() -> stage),
                new FxTaskRunner(() -> stage));
        stage.setTitle(Messages.get("preview.title", vm.fileName()));
        double[] size = Windows.sceneSize(owner, 820, 900); // the toolbar in sight on a 768 px high screen
        Scene scene = new Scene(new DocumentPreview(vm), size[0], size[1]);
        Theme.apply(scene);
        stage.setScene(scene);
        KeyActions.escapeCloses(stage); // Esc closes the preview
        Windows.showCentred(stage, owner);
        return stage;
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    // ---- printing ----

    private void print() {
        PrinterJob job = Printer.getDefaultPrinter() == null ? null : PrinterJob.createPrinterJob();
        if (job == null) {
            vm.tell(Messages.get("preview.noPrinter"));
            return;
        }
        if (!job.showPrintDialog(window())) {
            job.cancelJob();
            return;
        }
        Printer printer = job.getPrinter();
        PageLayout layout = printer.createPageLayout(Paper.A4, PageOrientation.PORTRAIT, Printer.MarginType.HARDWARE_MINIMUM);
        job.getJobSettings().setPageLayout(layout);
        // The preview's pages belong to its scene: print new ones, shifted so the document's own margins
        // land on the paper where the printer's printable area begins.
        for (Pane page : DocumentPages.pages(vm.document())) { // fresh nodes
            page.setTranslateX(-layout.getLeftMargin());
            page.setTranslateY(-layout.getTopMargin());
            Node n = new Group(page);
            if (!job.printPage(layout, n)) {
                vm.tell(Messages.get("preview.printFailed", String.valueOf(job.getJobStatus())));
                job.cancelJob();
                return;
            }
        }
        job.endJob();
        vm.tell(Messages.get("preview.printed", pages.size()));
    }

    // ---- saving ----

    /** Saves to {@code target} (as "Lưu thành tệp Word…" does once the file is chosen). */
    public void save(Path target) {
        vm.save(target);
    }
}
