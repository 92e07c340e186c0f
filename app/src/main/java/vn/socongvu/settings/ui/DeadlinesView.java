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
    /** Each field's label and node id, in the order of {@link DeadlinesViewModel#FIELDS}. */
    private static final String[][] LABELS_AND_IDS = {
        {"settings.deadline.windowStartDay", "deadline-window-start"},
        {"settings.deadline.windowEndDay", "deadline-window-end"},
        {"settings.deadline.unitDueDay", "deadline-unit-due"},
        {"settings.deadline.communeDueDay", "deadline-commune-due"},
        {"settings.deadline.annualUnitDue", "deadline-annual-unit"},
        {"settings.deadline.annualCommuneDue", "deadline-annual-commune"},
        {"settings.reminderDays", "reminder-days"}};

    public DeadlinesView(DeadlinesViewModel vm) {
        super(8);
        setId("deadlines-view");
        setPadding(new Insets(16));
        setMaxWidth(720);
        vm.screenOpened();
        FormGrid form = new FormGrid();
        for (int i = 0; i < LABELS_AND_IDS.length; i++) {
            String field = DeadlinesViewModel.FIELDS.get(i);
            form.add(LABELS_AND_IDS[i][0], Ui.textField(vm.text(field), 120), LABELS_AND_IDS[i][1],
                    vm.errors().property(field));
        }
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
