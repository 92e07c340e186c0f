package vn.socongvu.evaluation.ui;

import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

import vn.socongvu.directory.StaffCategory;
import vn.socongvu.evaluation.EvaluationPeriod;
import vn.socongvu.i18n.Messages;
import vn.socongvu.task.TaskSource;
import vn.socongvu.ui.kit.FormGrid;
import vn.socongvu.ui.kit.Ui;

/** Đánh giá, xếp loại → Cài đặt đánh giá. */
public final class EvaluationSettingsView extends VBox {
    public EvaluationSettingsView(EvaluationSettingsViewModel vm) {
        super(8);
        setId("evaluation-settings-view");
        setPadding(new Insets(12, 16, 16, 12));
        setMaxWidth(820);
        vm.screenOpened();
        FormGrid form = new FormGrid();
        ComboBox<EvaluationPeriod.Kind> cycle = Ui.combo(List.of(EvaluationPeriod.Kind.MONTH,
                EvaluationPeriod.Kind.QUARTER), k -> Messages.get(k == EvaluationPeriod.Kind.MONTH
                ? "evaluation.ui.cycle.month" : "evaluation.ui.cycle.quarter"));
        cycle.valueProperty().bindBidirectional(vm.cycle);
        cycle.setMaxWidth(220);
        form.add("evaluation.ui.settings.cycle", cycle, "evaluation-settings-cycle", vm.errors().property("cycle"));
        for (TaskSource s : TaskSource.values()) {
            String field = EvaluationSettingsViewModel.weightField(s);
            form.add(weightLabel(s), Ui.textField(vm.text(field), 120),
                    "evaluation-settings-weight-" + s.name(), vm.errors().property(field));
        }
        form.add("evaluation.ui.settings.leaderOwnShare", Ui.textField(vm.text("leaderOwnShare"), 120),
                "evaluation-settings-leader-own", vm.errors().property("leaderOwnShare"));
        form.add("evaluation.ui.settings.leaderUnitShare", Ui.textField(vm.text("leaderUnitShare"), 120),
                "evaluation-settings-leader-unit", vm.errors().property("leaderUnitShare"));
        form.add("evaluation.ui.settings.leaderOrganisingShare", Ui.textField(vm.text("leaderOrganisingShare"), 120),
                "evaluation-settings-leader-organising", vm.errors().property("leaderOrganisingShare"));
        form.add("evaluation.ui.settings.excellentCeiling", Ui.textField(vm.text("excellentCeiling"), 120),
                "evaluation-settings-ceiling", vm.errors().property("excellentCeiling"));
        FlowPane who = new FlowPane(16, 6);
        for (StaffCategory c : StaffCategory.values()) {
            CheckBox box = new CheckBox(c.label());
            box.setId("evaluation-settings-evaluated-" + c.name());
            box.selectedProperty().bindBidirectional(vm.evaluated(c));
            who.getChildren().add(box);
        }
        form.add("evaluation.ui.settings.evaluated", who, "evaluation-settings-evaluated",
                vm.errors().property("evaluated"));
        Button save = Ui.primary("common.save", "evaluation-settings-save", vm::save);
        save.setDefaultButton(false);
        Button defaults = Ui.button("evaluation.ui.settings.defaults", "evaluation-settings-defaults",
                vm::restoreDefaults);
        Label status = new Label();
        status.setId("evaluation-settings-status");
        status.getStyleClass().add(Styles.SUCCESS);
        status.textProperty().bind(vm.statusProperty());
        getChildren().addAll(Ui.title("evaluation.ui.settings.title"), Ui.hint("evaluation.ui.settings.hint"), form,
                FormGrid.otherErrors(vm.errors(), "evaluation-settings-other", "leaderShares"),
                Ui.buttons(save, defaults), status);
    }

    private static String weightLabel(TaskSource s) {
        return switch (s) {
            case PLAN -> "evaluation.ui.settings.weight.plan";
            case MEETING -> "evaluation.ui.settings.weight.meeting";
            case INSTRUCTION -> "evaluation.ui.settings.weight.instruction";
            case INSPECTION -> "evaluation.ui.settings.weight.inspection";
        };
    }
}
