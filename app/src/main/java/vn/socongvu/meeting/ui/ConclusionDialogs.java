package vn.socongvu.meeting.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import atlantafx.base.theme.Styles;

import vn.socongvu.common.ValidationException;
import vn.socongvu.directory.Staff;
import vn.socongvu.directory.Unit;
import vn.socongvu.i18n.Messages;
import vn.socongvu.meeting.Meeting;
import vn.socongvu.task.TaskRow;
import vn.socongvu.text.VnFormat;
import vn.socongvu.ui.kit.Dialogs;
import vn.socongvu.ui.kit.FieldErrors;
import vn.socongvu.ui.kit.FormGrid;
import vn.socongvu.ui.kit.Ui;
import vn.socongvu.ui.kit.Windows;

/** The two ways a conclusion meets a task: it becomes a new one, or it points to one already followed. */
final class ConclusionDialogs {
    private ConclusionDialogs() {
    }

    private static <T> Dialog<T> dialog(Window owner, String titleKey, String id) {
        return Dialogs.create(owner, titleKey, id);
    }

    /** Asks who leads the task and by when; checks it as a task save would before closing. */
    static Optional<Meeting.NewTask> assign(Window owner, MeetingsViewModel vm, MeetingsViewModel.ConclusionEntry c) {
        Dialog<Meeting.NewTask> d = dialog(owner, "meetings.conclusion.assignTitle", "assign-task-dialog");
        ButtonType ok = new ButtonType(Messages.get("meetings.conclusion.assignOk"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(ok, Dialogs.CANCEL);
        TextArea content = new TextArea(c.newTask.get() != null && c.newTask.get().content() != null
                ? c.newTask.get().content() : c.text.get());
        content.setWrapText(true);
        content.setPrefRowCount(3);
        ComboBox<Unit> unit = Ui.combo(List.of(), Unit::name);
        unit.setItems(vm.units);
        unit.setPromptText(Messages.get("task.form.leadPrompt"));
        ComboBox<Staff> person = Ui.combo(List.of(), Staff::fullName);
        person.setPromptText(Messages.get("task.form.leadStaffPrompt"));
        unit.valueProperty().addListener((o, a, u) -> person.getItems().setAll(u == null ? List.of()
                : vm.staff.stream().filter(s -> s.unitId() == u.id()).toList()));
        DatePicker deadline = Ui.datePicker();
        deadline.setValue(vm.meetingDay().plusDays(14));
        if (c.newTask.get() != null) {
            Meeting.NewTask t = c.newTask.get();
            unit.setValue(vm.units.stream().filter(u -> t.leadUnitId() != null && u.id() == t.leadUnitId()).findFirst()
                    .orElse(null));
            person.setValue(person.getItems().stream().filter(s -> t.leadStaffId() != null && s.id() == t.leadStaffId())
                    .findFirst().orElse(null));
            deadline.setValue(t.deadline());
        }
        FieldErrors errors = new FieldErrors("content", "leadUnit", "leadStaff", "deadline");
        FormGrid f = new FormGrid();
        f.add("task.field.content", content, "assign-content", errors.property("content"));
        f.add("task.field.leadUnit", unit, "assign-lead-unit", errors.property("leadUnit"));
        f.add("task.field.leadStaff", person, "assign-lead-staff", errors.property("leadStaff"));
        f.add("task.field.deadline", deadline, "assign-deadline", errors.property("deadline"));
        Label other = new Label();
        other.getStyleClass().add(Styles.DANGER);
        other.setWrapText(true);
        other.textProperty().bind(errors.general());
        Label hint = new Label(Messages.get("meetings.conclusion.assignHint", VnFormat.date(vm.meetingDay())));
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox box = new VBox(8, hint, f, other);
        box.setPrefWidth(520);
        d.getDialogPane().setContent(Windows.scrolling(box));
        d.getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, e -> {
            try {
                vm.checkNewTask(c.text.get(), newTask(unit, person, deadline, content));
            } catch (ValidationException ex) {
                errors.show(ex);
                e.consume(); // stay open, the messages at their fields
            }
        });
        d.setResultConverter(b -> b == ok ? newTask(unit, person, deadline, content) : null);
        return d.showAndWait();
    }

    private static Meeting.NewTask newTask(ComboBox<Unit> unit, ComboBox<Staff> person, DatePicker deadline,
                                           TextArea content) {
        LocalDate due = deadline.getValue();
        return new Meeting.NewTask(unit.getValue() == null ? null : unit.getValue().id(),
                person.getValue() == null ? null : person.getValue().id(), due, content.getText());
    }

    /** Picks an open task to follow this conclusion in. */
    static Optional<TaskRow> link(Window owner, MeetingsViewModel vm, MeetingsViewModel.ConclusionEntry c) {
        Dialog<TaskRow> d = dialog(owner, "meetings.conclusion.linkTitle", "link-task-dialog");
        ButtonType ok = new ButtonType(Messages.get("meetings.conclusion.linkOk"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(ok, Dialogs.CANCEL);
        StringProperty query = new SimpleStringProperty("");
        var search = Ui.searchField("tasks.search.prompt", "link-search", query);
        TableView<TaskRow> rows = new TableView<>();
        rows.setId("link-table");
        rows.getColumns().setAll(List.of(Ui.longText(Ui.textColumn("task.field.content", 320, TaskRow::content)),
                Ui.textColumn("task.field.leadUnit", 150, TaskRow::leadUnit),
                Ui.textColumn("task.field.deadline", 90, r -> r.dueOn() == null ? r.recurrence().label()
                        : VnFormat.date(r.dueOn())),
                Ui.textColumn("tasks.column.state", 130, r -> r.state().label())));
        Ui.styleTable(rows);
        rows.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        rows.setPrefSize(760, 380);
        rows.setPlaceholder(new Label(Messages.get("tasks.empty")));
        rows.getItems().setAll(vm.linkable(null));
        query.addListener((o, a, q) -> rows.getItems().setAll(vm.linkable(q)));
        d.getDialogPane().lookupButton(ok).disableProperty().bind(rows.getSelectionModel().selectedItemProperty().isNull());
        d.getDialogPane().setContent(new VBox(8, new Label(Messages.get("meetings.conclusion.linkHint", c.text.get())),
                search, rows));
        d.setResultConverter(b -> b == ok ? rows.getSelectionModel().getSelectedItem() : null);
        return d.showAndWait();
    }
}
