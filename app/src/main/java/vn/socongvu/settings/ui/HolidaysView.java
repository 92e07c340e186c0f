package vn.socongvu.settings.ui;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

import vn.socongvu.audit.ui.HistoryDialog;
import vn.socongvu.i18n.Messages;
import vn.socongvu.settings.Holiday;
import vn.socongvu.settings.HolidayKind;
import vn.socongvu.text.VnFormat;
import vn.socongvu.ui.kit.FormGrid;
import vn.socongvu.ui.kit.Ui;

/** Cài đặt → Ngày nghỉ lễ. */
public final class HolidaysView extends HBox {
    private final HolidaysViewModel vm;

    public HolidaysView(HolidaysViewModel vm) {
        super(24);
        this.vm = vm;
        setId("holidays-view");
        setPadding(new Insets(16));
        vm.screenOpened();

        ComboBox<Integer> year = Ui.combo(List.of(), y -> Integer.toString(y));
        year.setItems(vm.years());
        year.setId("holiday-year");
        year.setValue(vm.yearProperty().get());
        year.valueProperty().addListener((o, a, y) -> {
            if (y != null) {
                vm.yearProperty().set(y);
            }
        });
        Ui.listen(this, vm.yearProperty(), (o, a, y) -> year.setValue(y.intValue()));
        year.setPrefWidth(110);
        year.setMaxWidth(110);

        TableView<Holiday> table = new TableView<>(vm.holidays());
        table.setId("holiday-table");
        TableColumn<Holiday, String> date = Ui.textColumn("holiday.field.date", 100, h -> VnFormat.date(h.date()));
        date.setSortable(false);
        TableColumn<Holiday, String> weekday = Ui.textColumn("holiday.column.weekday", 90, h -> VnFormat.weekday(h.date()));
        weekday.setSortable(false);
        TableColumn<Holiday, String> name = Ui.textColumn("holiday.field.name", 280, Holiday::name);
        TableColumn<Holiday, String> kind = Ui.textColumn("holiday.field.kind", 150, h -> h.kind().label());
        table.getColumns().setAll(List.of(date, weekday, name, kind));
        Ui.styleTable(table);
        table.setPlaceholder(new Label(Messages.get("holiday.empty")));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, h) -> {
            if (h != null) {
                vm.edit(h);
            }
        });
        Label summary = new Label();
        summary.setId("holiday-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(vm.summaryProperty());
        Label hint = new Label(Messages.get("holiday.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox left = new VBox(8, Ui.bar(Ui.title("holiday.title"), Ui.spacer(), new Label(Messages.get("holiday.year")), year),
                hint, table, summary);
        VBox.setVgrow(table, Priority.ALWAYS);
        left.setPrefWidth(660);
        HBox.setHgrow(left, Priority.ALWAYS);

        TextField dateField = new TextField();
        dateField.setPromptText("dd/MM/yyyy");
        dateField.textProperty().bindBidirectional(vm.date);
        TextField nameField = new TextField();
        nameField.textProperty().bindBidirectional(vm.name);
        ComboBox<HolidayKind> kindField = Ui.enumCombo(HolidayKind.class);
        kindField.valueProperty().bindBidirectional(vm.kind);
        FormGrid form = new FormGrid();
        form.add("holiday.field.date", dateField, "holiday-date", vm.errors().property("date"));
        form.add("holiday.field.name", nameField, "holiday-name", vm.errors().property("name"));
        form.add("holiday.field.kind", kindField, "holiday-kind", vm.errors().property("kind"));

        Button add = Ui.button("holiday.action.new", "holiday-new", () -> {
            table.getSelectionModel().clearSelection();
            vm.edit(null);
        });
        Button save = Ui.primary("common.save", "holiday-save", vm::save);
        Button delete = Ui.button("common.delete", "holiday-delete", vm::delete);
        delete.getStyleClass().add(Styles.DANGER);
        delete.disableProperty().bind(vm.editingProperty().isNull());
        Button history = Ui.button("audit.history", "holiday-history",
                () -> HistoryDialog.show(getScene().getWindow(), vm.history()));
        history.disableProperty().bind(vm.editingProperty().isNull());
        Label status = new Label();
        status.setId("holiday-status");
        status.setWrapText(true);
        status.getStyleClass().add(Styles.SUCCESS);
        status.textProperty().bind(vm.statusProperty());
        Label formTitle = new Label();
        formTitle.getStyleClass().add(Styles.TITLE_4);
        formTitle.textProperty().bind(Bindings.createStringBinding(() -> Messages.get(
                vm.editingProperty().get() == null ? "holiday.form.new" : "holiday.form.edit"), vm.editingProperty()));
        Label makeUp = new Label();
        makeUp.setId("holiday-make-up");
        makeUp.setWrapText(true);
        makeUp.getStyleClass().add(Styles.WARNING);
        makeUp.textProperty().bind(vm.makeUpHintProperty());
        VBox right = new VBox(8, Ui.bar(formTitle, Ui.spacer(), add), form, Ui.buttons(save, delete, history), status,
                makeUp);
        right.setPrefWidth(420);
        right.setMinWidth(360);
        getChildren().addAll(left, right);
    }
}
