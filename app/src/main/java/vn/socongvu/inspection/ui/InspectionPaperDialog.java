package vn.socongvu.inspection.ui;

import java.util.List;
import java.util.function.Function;

import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import vn.socongvu.document.ui.PaperDialog;
import vn.socongvu.inspection.InspectionPapers;
import vn.socongvu.settings.Signer;
import vn.socongvu.ui.kit.DialogService;
import vn.socongvu.ui.kit.FormGrid;
import vn.socongvu.ui.kit.FxDialogService;
import vn.socongvu.ui.kit.Ui;

/**
 * The window of an inspection's decision setting up the team, or of its report of results: who signs, the day,
 * the bases (one per line) or the proposals, then the number and the preview ({@link PaperDialog}).
 */
public final class InspectionPaperDialog {
    private InspectionPaperDialog() {
    }

    /** The fields of the paper's choices, bound to {@code vm}; disabled once the paper is numbered. */
    static VBox choices(InspectionPaperModel vm) {
        boolean decision = vm.kind() == InspectionPapers.Kind.DECISION;
        var errors = vm.errors();
        ComboBox<Signer> signer = Ui.combo(List.of(), s -> s.fullName() + " – " + s.title());
        signer.setItems(vm.signers);
        signer.setMinWidth(Region.USE_PREF_SIZE);
        signer.valueProperty().bindBidirectional(vm.signer);
        DatePicker date = Ui.datePicker();
        date.valueProperty().bindBidirectional(vm.date);
        TextArea text = Ui.textArea(vm.text, decision ? 6 : 8);
        FormGrid f = new FormGrid();
        f.add("inspectionPaper.signer", signer, "paper-signer", errors.property("signer"));
        f.add(decision ? "inspectionPaper.decisionDate" : "inspectionPaper.reportDate", date, "paper-date",
                errors.property("date"));
        f.add(decision ? "inspectionPaper.bases" : "inspectionPaper.proposals", text, "paper-text",
                errors.property("text"));
        f.disableProperty().bind(vm.editableProperty().not());
        Label hint = Ui.hint(decision ? "inspectionPaper.decisionHint" : "inspectionPaper.reportHint");
        return new VBox(8, hint, f, Ui.warning("paper-notice", vm.notice));
    }

    /**
     * Opens the window of the paper {@code kind}, its model made by {@code model} with the window's dialogs (null:
     * nothing to open, e.g. the inspection could not be saved; the form says why).
     */
    public static Stage show(Window owner, InspectionPapers.Kind kind,
                             Function<DialogService, InspectionPaperModel> model) {
        Stage stage = new Stage();
        InspectionPaperModel vm = model.apply(new FxDialogService(() -> stage));
        if (vm == null) {
            return null;
        }
        return PaperDialog.show(stage, owner, kind == InspectionPapers.Kind.DECISION ? "inspectionPaper.decisionTitle"
                : "inspectionPaper.reportTitle", vm, choices(vm));
    }
}
