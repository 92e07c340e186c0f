package vn.socongvu.task.ui;

import java.util.List;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;
import org.controlsfx.control.CheckComboBox;

import vn.socongvu.directory.Staff;
import vn.socongvu.directory.Unit;
import vn.socongvu.i18n.Messages;
import vn.socongvu.meeting.MeetingService;
import vn.socongvu.task.Recurrence;
import vn.socongvu.task.TaskSource;
import vn.socongvu.text.VnFormat;
import vn.socongvu.ui.kit.FormGrid;
import vn.socongvu.ui.kit.RecordScreen;
import vn.socongvu.ui.kit.Ui;

/** The "6 rõ" form of a task: what, who (one lead unit, cooperating units), responsibility, authority, deadline, result. */
public final class TaskForm extends VBox {
    private boolean syncing;

    public TaskForm(TaskFormModel vm) {
        this(vm, null);
    }

    /** @param openMeeting shows a meeting the task came from (its id); null: the meetings are named, not linked */
    public TaskForm(TaskFormModel vm, Consumer<Long> openMeeting) {
        this(vm, openMeeting, null);
    }

    /** @param openDirectory shows Danh mục, where units are added (null: the way is only said) */
    public TaskForm(TaskFormModel vm, Consumer<Long> openMeeting, Runnable openDirectory) {
        super(6);
        setId("task-form");
        TextField label = new TextField();
        label.textProperty().bindBidirectional(vm.label);
        label.setMaxWidth(90);
        label.setMinWidth(70);
        CheckBox group = new CheckBox(Messages.get("task.form.group"));
        group.setWrapText(true);
        group.setMinWidth(0);
        group.selectedProperty().bindBidirectional(vm.group);
        TextArea content = Ui.textArea(vm.content, 3);

        ComboBox<Unit> lead = Ui.combo(List.of(), Unit::name);
        lead.setItems(vm.units);
        lead.valueProperty().bindBidirectional(vm.leadUnit);
        lead.setPromptText(Messages.get("task.form.leadPrompt"));
        ComboBox<Staff> leadStaff = Ui.combo(List.of(), Staff::fullName);
        leadStaff.setItems(vm.leadStaffChoices);
        leadStaff.valueProperty().bindBidirectional(vm.leadStaff);
        leadStaff.setPromptText(Messages.get("task.form.leadStaffPrompt"));

        CheckComboBox<Unit> coop = Ui.cooperatingUnits(vm.units, Unit::name);
        coop.getCheckModel().getCheckedItems().addListener((ListChangeListener<Unit>) c -> {
            if (!syncing) {
                syncing = true;
                vm.cooperating.setAll(coop.getCheckModel().getCheckedItems().stream().filter(u -> u != null).toList());
                syncing = false;
            }
        });
        Runnable showCooperating = () -> {
            if (!syncing) {
                syncing = true;
                coop.getCheckModel().clearChecks();
                vm.cooperating.forEach(u -> coop.getCheckModel().check(u));
                syncing = false;
            }
        };
        Ui.listenList(this, vm.cooperating, (ListChangeListener<Unit>) c -> showCooperating.run());
        showCooperating.run(); // a form built on a model already in use
        Label coopNames = new Label();
        coopNames.setWrapText(true);
        coopNames.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        coopNames.textProperty().bind(Bindings.createStringBinding(() -> String.join("; ",
                vm.cooperating.stream().map(Unit::name).toList()), vm.cooperating));
        VBox coopBox = new VBox(2, coop, coopNames);

        TextArea responsibility = Ui.textArea(vm.responsibility, 2);
        TextArea authority = Ui.textArea(vm.authority, 2);
        TextArea result = Ui.textArea(vm.expectedResult, 2);
        TextField ref = new TextField();
        ref.textProperty().bindBidirectional(vm.instructionRef);
        ref.setPromptText(Messages.get("task.form.refPrompt"));
        DatePicker assigned = Ui.datePicker();
        assigned.valueProperty().bindBidirectional(vm.assignedOn);
        ComboBox<Recurrence> recurrence = Ui.enumCombo(Recurrence.class);
        recurrence.valueProperty().bindBidirectional(vm.recurrence);
        DatePicker deadline = Ui.datePicker();
        deadline.valueProperty().bindBidirectional(vm.deadline);
        DatePicker until = Ui.datePicker();
        until.valueProperty().bindBidirectional(vm.recurrenceUntil);
        until.setPromptText(Messages.get("task.form.untilPrompt"));

        FlowPane meetings = new FlowPane(8, 2);
        Runnable showMeetings = () -> meetings.getChildren().setAll(
                vm.meetings.stream().map(m -> {
                    String text = m.title() + " (" + VnFormat.date(m.startsAt().toLocalDate()) + ")";
                    if (openMeeting == null) {
                        return (Node) new Label(text);
                    }
                    Hyperlink l = new Hyperlink(text);
                    l.setOnAction(e -> openMeeting.accept(m.id()));
                    return (Node) l;
                }).toList());
        Ui.listenList(this, vm.meetings, (ListChangeListener<MeetingService.MeetingRef>) c -> showMeetings.run());
        showMeetings.run(); // a form built on a model already in use

        var errors = vm.form().errors();
        FormGrid f = new FormGrid();
        f.add("task.field.label", Ui.bar(label, group), "task-label", errors.property("label"));
        f.add("task.field.content", content, "task-content", errors.property("content"));
        f.add("task.form.fromMeeting", meetings, "task-meetings", null);
        // The row shows only for a task that came from (or is followed in) a meeting.
        f.showRowWhen(meetings, Bindings.isNotEmpty(vm.meetings));
        // What the clerk fills first (who leads, by when, how often) comes first, in sight at 1366 × 768 without
        // scrolling; the rest of the "6 rõ" under its own heading.
        f.add("task.field.leadUnit", lead, "task-lead-unit", errors.property("leadUnit"));
        f.addFull(RecordScreen.emptyChoice(vm.units, "choice.noUnits", "choice.goUnits", "task-lead-unit-none",
                openDirectory));
        Label moved = new Label();
        moved.setId("task-deadline-moved");
        moved.setWrapText(true);
        moved.getStyleClass().addAll(Styles.WARNING, Styles.TEXT_SMALL);
        moved.textProperty().bind(vm.deadlineNoteProperty());
        moved.managedProperty().bind(moved.textProperty().isNotEmpty());
        moved.visibleProperty().bind(moved.managedProperty());
        // Below the date (and its message): when the day typed is a day off, the day it is held to.
        ((VBox) f.add("task.field.deadline", deadline, "task-deadline", errors.property("deadline")).getParent())
                .getChildren().add(moved);
        f.add("task.field.recurrence", recurrence, "task-recurrence", errors.property("recurrence"));
        f.add("task.field.recurrenceUntil", until, "task-until", errors.property("recurrenceUntil"));
        f.add("task.field.leadStaff", leadStaff, "task-lead-staff", errors.property("leadStaff"));
        f.add("task.field.assignedOn", assigned, "task-assigned-on", errors.property("assignedOn"));
        f.add("task.field.instructionRef", ref, "task-instruction-ref", errors.property("instructionRef"));
        Label more = new Label(Messages.get("task.form.more"));
        more.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.TEXT_MUTED);
        more.setWrapText(true);
        more.setPadding(new Insets(8, 0, 0, 0));
        f.addFull(more);
        f.add("task.field.cooperatingUnits", coopBox, "task-cooperating", errors.property("cooperatingUnits"));
        f.add("task.field.responsibility", responsibility, "task-responsibility", errors.property("responsibility"));
        f.add("task.field.authority", authority, "task-authority", errors.property("authority"));
        f.add("task.field.expectedResult", result, "task-result", errors.property("expectedResult"));

        // A group only structures a plan: it has no "6 rõ" of its own.
        for (var n : List.<Node>of(lead, leadStaff, coopBox, responsibility, authority, result)) {
            n.disableProperty().bind(vm.group);
        }
        deadline.disableProperty().bind(vm.group.or(vm.recurrence.isNotEqualTo(Recurrence.NONE)));
        until.disableProperty().bind(vm.group.or(vm.recurrence.isEqualTo(Recurrence.NONE))
                .or(vm.recurrence.isEqualTo(Recurrence.ONGOING)));
        recurrence.disableProperty().bind(vm.group);
        ref.disableProperty().bind(vm.source.isNotEqualTo(TaskSource.INSTRUCTION));

        Label other = new Label();
        other.setWrapText(true);
        other.getStyleClass().add(Styles.DANGER);
        other.textProperty().bind(Bindings.concat(errors.property("plan"), errors.property("group"),
                errors.property("id"), errors.general()));
        getChildren().addAll(f, other);
    }

}
