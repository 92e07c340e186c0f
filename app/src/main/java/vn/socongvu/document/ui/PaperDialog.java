package vn.socongvu.document.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import atlantafx.base.theme.Styles;

import vn.socongvu.document.OfficialDocument;
import vn.socongvu.i18n.Messages;
import vn.socongvu.ui.kit.FormGrid;
import vn.socongvu.ui.kit.KeyActions;
import vn.socongvu.ui.kit.Theme;
import vn.socongvu.ui.kit.Ui;
import vn.socongvu.ui.kit.Windows;

/**
 * The window of a paper made from records ({@link PaperModel}): the feature's choices on top, then the number
 * (the next one proposed, "Vào sổ"), and "Xem trước, in…" — the print preview of the draft, or of the paper as
 * numbered. Numbering opens the numbered paper's preview, to print it and save it to Word.
 */
public final class PaperDialog extends BorderPane {
    private final PaperModel vm;

    /** @param choices the feature's fields (their errors bound to {@code vm.errors()}) */
    public PaperDialog(PaperModel vm, Node choices) {
        this.vm = vm;
        setId("paper-dialog");
        TextField number = Ui.textField(vm.numberTextProperty(), 80);
        Button register = Ui.button("paper.number", "paper-number-register", this::number);
        register.getStyleClass().add(Styles.SUCCESS);
        var pending = Ui.bar(number, new Label(vm.symbolSuffix().substring(1)), register);
        pending.visibleProperty().bind(vm.numberedProperty().isEmpty());
        pending.managedProperty().bind(pending.visibleProperty());
        Label given = new Label();
        given.setId("paper-number-given");
        given.textProperty().bind(Bindings.createStringBinding(() -> vm.numberedProperty().get().isEmpty() ? ""
                : Messages.get("paper.numberGiven", vm.numberedProperty().get()), vm.numberedProperty()));
        FormGrid numbers = new FormGrid();
        numbers.add("paper.numberField", new VBox(4, pending, Ui.warning("paper-number-warning",
                vm.numberWarningProperty()), given), "paper-number", vm.errors().property("number"));

        Button preview = Ui.primary("paper.preview", "paper-preview", this::preview);
        Button close = Ui.button("common.close", "paper-close", () -> window().hide());
        Label status = new Label();
        status.setId("paper-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        Label general = FormGrid.errorLabel(vm.errors().general(), "paper-errors");
        VBox content = new VBox(10, choices, Ui.title("paper.numberTitle"), Ui.hint("paper.numberHint"), numbers,
                general, status);
        content.setPadding(new Insets(12));
        setCenter(Ui.scroll(content));
        var bar = Ui.bar(preview, Ui.spacer(), close);
        bar.setPadding(new Insets(8, 12, 8, 12));
        setBottom(bar);
    }

    private Window window() {
        return getScene().getWindow();
    }

    private void preview() {
        OfficialDocument d = vm.preview();
        if (d != null) {
            DocumentPreview.show(window(), d, vm.fileName());
        }
    }

    private void number() {
        OfficialDocument d = vm.number();
        if (d != null) {
            DocumentPreview.show(window(), d, vm.fileName());
        }
    }

    /**
     * Opens the paper's window over {@code owner}, titled {@code titleKey}; its dialogs (asking before numbering)
     * belong to it: {@code vm} was made with a DialogService over the stage returned.
     */
    public static Stage show(Stage stage, Window owner, String titleKey, PaperModel vm, Node choices) {
        if (owner != null && stage.getOwner() == null) {
            stage.initOwner(owner);
        }
        stage.setTitle(Messages.get(titleKey));
        double[] size = Windows.sceneSize(owner, 720, 700);
        Scene scene = new Scene(new PaperDialog(vm, choices), size[0], size[1]);
        Theme.apply(scene);
        stage.setScene(scene);
        KeyActions.escapeCloses(stage);
        Windows.showCentred(stage, owner);
        return stage;
    }
}
