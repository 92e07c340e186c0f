package vn.socongvu.settings.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

import vn.socongvu.audit.ui.HistoryDialog;
import vn.socongvu.i18n.Messages;
import vn.socongvu.ui.kit.FormGrid;
import vn.socongvu.ui.kit.Ui;

/** Cài đặt → Hạn báo cáo. */
public final class DeadlinesView extends VBox {
    public DeadlinesView(DeadlinesViewModel vm) {
        super(8);
        setId("deadlines-view");
        setPadding(new Insets(16));
        setMaxWidth(720);
        vm.screenOpened();
        FormGrid form = new FormGrid();
        form.add("settings.deadline.windowStartDay", Ui.textField(vm.windowStartDay, 120), "deadline-window-start",
                vm.errors().property("windowStartDay"));
        form.add("settings.deadline.windowEndDay", Ui.textField(vm.windowEndDay, 120), "deadline-window-end",
                vm.errors().property("windowEndDay"));
        form.add("settings.deadline.unitDueDay", Ui.textField(vm.unitDueDay, 120), "deadline-unit-due",
                vm.errors().property("unitDueDay"));
        form.add("settings.deadline.communeDueDay", Ui.textField(vm.communeDueDay, 120), "deadline-commune-due",
                vm.errors().property("communeDueDay"));
        form.add("settings.deadline.annualUnitDue", Ui.textField(vm.annualUnitDue, 120), "deadline-annual-unit",
                vm.errors().property("annualUnitDue"));
        form.add("settings.deadline.annualCommuneDue", Ui.textField(vm.annualCommuneDue, 120), "deadline-annual-commune",
                vm.errors().property("annualCommuneDue"));
        form.add("settings.reminderDays", Ui.textField(vm.reminderDays, 120), "reminder-days", vm.errors().property("reminderDays"));
        Label hint = new Label(Messages.get("settings.deadline.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Button save = Ui.primary("common.save", "deadline-save", vm::save);
        Button defaults = Ui.button("settings.deadline.defaults", "deadline-defaults", vm::restoreDefaults);
        Button history = Ui.button("audit.history", "deadline-history",
                () -> HistoryDialog.show(getScene().getWindow(), vm.history()));
        Label status = new Label();
        status.setId("deadline-status");
        status.getStyleClass().add(Styles.SUCCESS);
        status.textProperty().bind(vm.statusProperty());
        getChildren().addAll(Ui.title("settings.deadline.title"), hint, form, Ui.buttons(save, defaults, history), status);
    }

}
