package vn.socongvu.task.ui;

import java.util.List;
import java.util.function.Function;

import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import vn.socongvu.directory.Unit;
import vn.socongvu.document.ui.PaperDialog;
import vn.socongvu.settings.Signer;
import vn.socongvu.task.FollowUpService;
import vn.socongvu.ui.kit.DialogService;
import vn.socongvu.ui.kit.FormGrid;
import vn.socongvu.ui.kit.FxDialogService;
import vn.socongvu.ui.kit.Ui;

/**
 * The window of the công văn đôn đốc: the unit, "sắp đến hạn" in how many working days, the day to report by, who
 * signs and the day; what the letter will list; then the number and the preview ({@link PaperDialog}).
 */
public final class FollowUpLetterDialog {
    private FollowUpLetterDialog() {
    }

    static VBox choices(FollowUpLetterModel vm) {
        var errors = vm.errors();
        ComboBox<Unit> unit = Ui.combo(List.of(), Unit::name);
        unit.setItems(vm.units);
        unit.valueProperty().bindBidirectional(vm.unit);
        Spinner<Integer> days = new Spinner<>(0, FollowUpService.MAX_SOON_DAYS, vm.soonDays.get());
        days.setEditable(true);
        days.setPrefWidth(90);
        vm.soonDays.bind(days.valueProperty());
        DatePicker reportBy = Ui.datePicker();
        reportBy.valueProperty().bindBidirectional(vm.reportBy);
        ComboBox<Signer> signer = Ui.combo(List.of(), s -> s.fullName() + " – " + s.title());
        signer.setItems(vm.signers);
        signer.setMinWidth(Region.USE_PREF_SIZE);
        signer.valueProperty().bindBidirectional(vm.signer);
        DatePicker date = Ui.datePicker();
        date.valueProperty().bindBidirectional(vm.date);
        FormGrid f = new FormGrid();
        f.add("followUp.field.unit", unit, "follow-up-unit", errors.property("unit"));
        f.add("followUp.field.soonDays", days, "follow-up-soon-days", errors.property("soonDays"));
        f.add("followUp.field.reportBy", reportBy, "follow-up-report-by", errors.property("reportBy"));
        f.add("followUp.field.signer", signer, "follow-up-signer", errors.property("signer"));
        f.add("followUp.field.date", date, "follow-up-date", errors.property("date"));
        Label summary = new Label();
        summary.setId("follow-up-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        return new VBox(8, Ui.hint("followUp.hint"), f, summary);
    }

    /** Opens the window, its model made by {@code model} with the window's dialogs. */
    public static Stage show(Window owner, Function<DialogService, FollowUpLetterModel> model) {
        Stage stage = new Stage();
        FollowUpLetterModel vm = model.apply(new FxDialogService(() -> stage));
        return PaperDialog.show(stage, owner, "followUp.title", vm, choices(vm));
    }
}
