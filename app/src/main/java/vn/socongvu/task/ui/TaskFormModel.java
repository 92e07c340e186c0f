package vn.socongvu.task.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.socongvu.directory.DirectoryService;
import vn.socongvu.directory.Staff;
import vn.socongvu.directory.Unit;
import vn.socongvu.i18n.Messages;
import vn.socongvu.meeting.MeetingService;
import vn.socongvu.task.Recurrence;
import vn.socongvu.task.Task;
import vn.socongvu.task.TaskService;
import vn.socongvu.task.TaskSource;
import vn.socongvu.text.VnFormat;
import vn.socongvu.text.VnText;
import vn.socongvu.ui.kit.DialogService;
import vn.socongvu.ui.kit.EditGuard;
import vn.socongvu.ui.kit.FormState;

/** The task form: the "6 rõ" of one task, new or existing. */
public final class TaskFormModel {
    private final DirectoryService directory;
    private final TaskService tasks;
    private final MeetingService meetingService;
    /** The task as loaded and its audit mark: a save refused because someone else changed it asks the clerk. */
    private final EditGuard<Task.Draft> guard;
    private final FormState<Task> form = new FormState<>(Task::id, "content", "label", "leadUnit", "leadStaff",
            "cooperatingUnits", "responsibility", "authority", "expectedResult", "instructionRef", "assignedOn",
            "deadline", "recurrence", "recurrenceUntil", "plan", "group", "id");
    final ObservableList<Unit> units = FXCollections.observableArrayList();
    final ObservableList<Staff> leadStaffChoices = FXCollections.observableArrayList();
    /** The meetings whose conclusions this task came from or is followed in. */
    final ObservableList<MeetingService.MeetingRef> meetings = FXCollections.observableArrayList();

    final ObjectProperty<TaskSource> source = new SimpleObjectProperty<>(TaskSource.INSTRUCTION);
    final ObjectProperty<Long> planId = new SimpleObjectProperty<>();
    final ObjectProperty<Long> parentId = new SimpleObjectProperty<>();
    final StringProperty label = new SimpleStringProperty("");
    final BooleanProperty group = new SimpleBooleanProperty(false);
    final StringProperty content = new SimpleStringProperty("");
    final ObjectProperty<Unit> leadUnit = new SimpleObjectProperty<>();
    final ObjectProperty<Staff> leadStaff = new SimpleObjectProperty<>();
    final ObservableList<Unit> cooperating = FXCollections.observableArrayList();
    final StringProperty responsibility = new SimpleStringProperty("");
    final StringProperty authority = new SimpleStringProperty("");
    final StringProperty expectedResult = new SimpleStringProperty("");
    final StringProperty instructionRef = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> assignedOn = new SimpleObjectProperty<>();
    final ObjectProperty<Recurrence> recurrence = new SimpleObjectProperty<>(Recurrence.NONE);
    final ObjectProperty<LocalDate> deadline = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> recurrenceUntil = new SimpleObjectProperty<>();
    /** "Chủ nhật 13/12/2026 là ngày nghỉ: hạn tính là Thứ Hai 14/12/2026." while the deadline typed is a day off. */
    private final ReadOnlyStringWrapper deadlineNote = new ReadOnlyStringWrapper("");

    public TaskFormModel(DirectoryService directory, TaskService tasks, MeetingService meetings, DialogService dialogs) {
        this.guard = new EditGuard<>(dialogs, TaskService.MERGE::merge);
        this.directory = directory;
        this.tasks = tasks;
        this.meetingService = meetings;
        leadUnit.addListener((o, a, u) -> refreshStaff());
        deadline.addListener((o, a, d) -> deadlineNote.set(noteOn(d)));
        recurrence.addListener((o, a, r) -> deadlineNote.set(noteOn(deadline.get())));
        reloadUnits();
    }

    public void reloadUnits() {
        units.setAll(directory.activeUnits().stream().sorted(VnText.comparing(Unit::name)).toList());
    }

    private void refreshStaff() {
        Unit u = leadUnit.get();
        Staff keep = leadStaff.get();
        leadStaffChoices.setAll(u == null ? List.of() : directory.staff().stream()
                .filter(s -> s.active() && s.unitId() == u.id()).sorted(VnText.comparing(Staff::fullName)).toList());
        leadStaff.set(keep != null && leadStaffChoices.contains(keep) ? keep : null);
    }

    public ReadOnlyStringProperty deadlineNoteProperty() {
        return deadlineNote.getReadOnlyProperty();
    }

    private String noteOn(LocalDate written) {
        if (written == null || recurrence.get() != Recurrence.NONE) {
            return "";
        }
        LocalDate held = tasks.effectiveDeadline(written);
        return held.equals(written) ? "" : Messages.get("task.deadline.moved", VnFormat.weekday(written),
                VnFormat.date(written), VnFormat.weekday(held), VnFormat.date(held));
    }

    public FormState<Task> form() {
        return form;
    }

    /** An empty form for a new task of this source, plan and parent. */
    public void newTask(TaskSource src, Long plan, Long parent, boolean isGroup) {
        form.begin(null);
        guard.loaded(null, null);
        meetings.clear();
        source.set(src);
        planId.set(plan);
        parentId.set(parent);
        label.set("");
        group.set(isGroup);
        content.set("");
        leadUnit.set(null);
        leadStaff.set(null);
        cooperating.clear();
        responsibility.set("");
        authority.set("");
        expectedResult.set("");
        instructionRef.set("");
        assignedOn.set(tasks.today());
        recurrence.set(Recurrence.NONE);
        deadline.set(null);
        recurrenceUntil.set(null);
    }

    /** Shows a task: its mark taken first, then the task read again (the row shown may be older than a change). */
    public void edit(Task t) {
        if (t == null) {
            edit(null, 0);
            return;
        }
        long mark = tasks.mark(t.id());
        edit(tasks.task(t.id()), mark);
    }

    /** Shows {@code t}, read after its audit {@code mark} was taken ({@link TaskService#mark}). */
    public void edit(Task t, long mark) {
        if (t == null) {
            newTask(TaskSource.INSTRUCTION, null, null, false);
            return;
        }
        form.begin(t);
        guard.loaded(TaskService.draft(t), mark);
        meetings.setAll(meetingService.meetingsOfTask(t.id()));
        source.set(t.source());
        planId.set(t.planId());
        parentId.set(t.parentId());
        label.set(nz(t.label()));
        group.set(t.group());
        content.set(t.content());
        leadUnit.set(units.stream().filter(u -> t.leadUnitId() != null && u.id() == t.leadUnitId()).findFirst()
                .orElse(t.leadUnitId() == null ? null : directory.unit(t.leadUnitId()).orElse(null)));
        leadStaff.set(leadStaffChoices.stream().filter(s -> t.leadStaffId() != null && s.id() == t.leadStaffId())
                .findFirst().orElse(null));
        cooperating.setAll(t.cooperatingUnitIds().stream()
                .map(id -> directory.unit(id).orElse(null)).filter(u -> u != null).toList());
        responsibility.set(nz(t.responsibility()));
        authority.set(nz(t.authority()));
        expectedResult.set(nz(t.expectedResult()));
        instructionRef.set(nz(t.instructionRef()));
        assignedOn.set(t.assignedOn());
        recurrence.set(t.recurrence());
        deadline.set(t.deadline());
        recurrenceUntil.set(t.recurrenceUntil());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** @return the saved task, or null when refused (messages at the fields) */
    public Task save() {
        Task.Draft mine = new Task.Draft(form.editingId(), source.get(), planId.get(),
                parentId.get(), label.get(), group.get(), content.get(),
                leadUnit.get() == null ? null : leadUnit.get().id(), leadStaff.get() == null ? null : leadStaff.get().id(),
                cooperating.stream().map(Unit::id).toList(), responsibility.get(), authority.get(), expectedResult.get(),
                instructionRef.get(), assignedOn.get(), deadline.get(), recurrence.get(), recurrenceUntil.get());
        Long id = form.editingId();
        return form.submit(() -> guard.save(mine, tasks::save, () -> TaskService.draft(tasks.task(id)),
                field -> mineText(mine, field), () -> {
                    edit(tasks.task(id));
                    form.say("conflict.keptTheirs");
                }), this::edit, t -> "common.saved");
    }

    /** The mark the task in the form was loaded at (null for a new one). */
    public Long mark() {
        return guard.mark();
    }

    /** After the clerk's own write on the task (progress, completion), checked at {@link #mark}: the newer mark. */
    public void advance(long newMark) {
        guard.advance(newMark);
    }

    /** The clerk's value of a field of the task form, as the conflict dialog shows it. */
    private String mineText(Task.Draft d, String field) {
        return switch (field) {
            case "task.field.label" -> d.label();
            case "task.field.content" -> d.content();
            case "task.field.leadUnit" -> leadUnit.get() == null ? null : leadUnit.get().name();
            case "task.field.leadStaff" -> leadStaff.get() == null ? null : leadStaff.get().fullName();
            case "task.field.cooperatingUnits" -> cooperating.stream().map(Unit::name).collect(Collectors.joining("; "));
            case "task.field.responsibility" -> d.responsibility();
            case "task.field.authority" -> d.authority();
            case "task.field.expectedResult" -> d.expectedResult();
            case "task.field.instructionRef" -> d.instructionRef();
            case "task.field.assignedOn" -> VnFormat.date(d.assignedOn());
            case "task.field.deadline" -> VnFormat.date(d.deadline());
            case "task.field.recurrence" -> d.recurrence() == null ? null : d.recurrence().label();
            case "task.field.recurrenceUntil" -> VnFormat.date(d.recurrenceUntil());
            default -> null;
        };
    }
}
