package vn.socongvu.task;

import static vn.socongvu.storage.jooq.Tables.PLAN;
import static vn.socongvu.storage.jooq.Tables.TASK;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.DSLContext;

import vn.socongvu.audit.AuditAction;
import vn.socongvu.audit.AuditEntry;
import vn.socongvu.audit.AuditLog;
import vn.socongvu.audit.ReadScope;
import vn.socongvu.audit.RecordMerge;
import vn.socongvu.common.ValidationException;
import vn.socongvu.common.Validator;
import vn.socongvu.directory.DirectoryService;
import vn.socongvu.directory.Staff;
import vn.socongvu.directory.Unit;
import vn.socongvu.document.DocumentRegister;
import vn.socongvu.settings.SettingsService;
import vn.socongvu.settings.WorkCalendar;
import vn.socongvu.storage.Database;
import vn.socongvu.storage.SnapshotCache;
import vn.socongvu.text.VnFormat;
import vn.socongvu.text.VnText;
import vn.socongvu.trash.Trash;

/**
 * Tasks and their follow-up: the "6 rõ" checked on every save, one occurrence per period, progress
 * reports, completion, pause/cancel with a reason. States are computed, never stored.
 */
public final class TaskService {
    public static final String ENTITY = "task";
    /** The task form's fields as the audit names them, for merging an edit conflict field by field. */
    public static final RecordMerge<Task.Draft> MERGE = RecordMerge.of(Task.Draft.class)
            .field("task.field.label", "label")
            .field("task.field.content", "content")
            .field("task.field.leadUnit", "leadUnitId")
            .field("task.field.leadStaff", "leadStaffId")
            .field("task.field.cooperatingUnits", "cooperatingUnitIds")
            .field("task.field.responsibility", "responsibility")
            .field("task.field.authority", "authority")
            .field("task.field.expectedResult", "expectedResult")
            .field("task.field.instructionRef", "instructionRef")
            .field("task.field.assignedOn", "assignedOn")
            .field("task.field.deadline", "deadline")
            .field("task.field.recurrence", "recurrence")
            .field("task.field.recurrenceUntil", "recurrenceUntil");
    /** At most this many tasks changed, a kept list is brought up to date rather than read whole. */
    private static final int LIST_UPDATE_MAX = 200;

    private final Database db;
    private final AuditLog audit;
    private final DirectoryService directory;
    private final SettingsService settings;
    private final TaskRepository repo = new TaskRepository();
    /** The lists read last, for as long as a shared server's data is unchanged (the same filter, the same rows). */
    private final SnapshotCache<ListKey, List<TaskRow>> lists;
    private final Supplier<LocalDate> today;
    private final Trash trash;
    private final FollowUpService followUps;

    public TaskService(Database db, AuditLog audit, DirectoryService directory, SettingsService settings,
                       Supplier<LocalDate> today, Trash trash) {
        this.trash = trash;
        this.db = db;
        this.lists = new SnapshotCache<>(db, 8);
        this.audit = audit;
        this.directory = directory;
        this.settings = settings;
        this.today = today;
        this.followUps = new FollowUpService(db, directory, settings, new DocumentRegister(db, audit), this);
    }

    /** The công văn đôn đốc to a unit about its overdue and soon-due tasks. */
    public FollowUpService followUps() {
        return followUps;
    }

    /**
     * Whether any task is kept at all that the account may read (whatever a filter lets through); the trash holds
     * none.
     */
    public boolean hasAny() {
        return db.dsl().fetchExists(TASK, audit.reads().tasks());
    }

    /** Whether the account signed in may read the task (a unit's account: those its unit leads or cooperates on). */
    public boolean mayRead(long taskId) {
        return audit.reads().everything() || db.dsl().fetchExists(TASK, TASK.ID.eq(taskId).and(audit.reads().tasks()));
    }

    public LocalDate today() {
        return today.get();
    }

    /** A task; one the account may not read is refused ({@code AccessDenied}, docs/accounts.md). */
    public Task task(long id) {
        Task t = repo.task(db.dsl(), id).orElseThrow(() -> ValidationException.of("id", "validation.notFound"));
        audit.reads().requireTask(db.dsl(), id);
        return t;
    }

    /**
     * The task's newest audit id: a form takes it before reading the task and gives it to its save, which is refused
     * ({@code EditConflictException}) when someone changed the task since.
     */
    public long mark(long taskId) {
        return audit.mark(db.dsl(), ENTITY, taskId);
    }

    /**
     * The mark of a list of tasks (a plan's), taken before the list is read and given to a write started from one of
     * its rows ({@link #delete(long, Long)}): refused when someone changed that task since.
     */
    public long listMark() {
        return audit.latest(db.dsl());
    }

    /** A task as the draft that would save it unchanged (the draft a form loaded; theirs in a merge). */
    public static Task.Draft draft(Task t) {
        return new Task.Draft(t.id(), t.source(), t.planId(), t.parentId(), t.label(), t.group(), t.content(),
                t.leadUnitId(), t.leadStaffId(), t.cooperatingUnitIds(), t.responsibility(), t.authority(),
                t.expectedResult(), t.instructionRef(), t.assignedOn(), t.deadline(), t.recurrence(),
                t.recurrenceUntil());
    }

    public List<Task> planTasks(long planId) {
        return repo.planTasks(db.dsl(), planId);
    }

    public List<Task.Occurrence> occurrences(long taskId) {
        audit.reads().requireTask(db.dsl(), taskId);
        return repo.occurrences(db.dsl(), taskId);
    }

    public List<Task.ProgressEntry> progress(long taskId) {
        audit.reads().requireTask(db.dsl(), taskId);
        return repo.progress(db.dsl(), taskId);
    }

    /** The states, judged as of {@code asOf}, of the occurrences due by then of each plan's tasks. */
    public Map<Long, List<TaskState>> statesDueBy(Collection<Long> planIds, LocalDate asOf) {
        return planIds.isEmpty() ? Map.of() : repo.statesDueBy(db.dsl(), planIds, asOf);
    }

    /**
     * The occurrences the filter selects among the tasks the account may read. On a shared server a list kept since
     * an earlier version of the data is brought up to date by reading again only the rows of the tasks changed since
     * ({@link #listUpdated}), when nothing else changed.
     */
    public List<TaskRow> list(TaskFilter f) {
        ReadScope scope = audit.reads();
        return lists.get(new ListKey(f, scope.unitId()), dsl -> listRead(dsl, f, scope.tasks(), List.of()),
                (dsl, since, kept) -> listUpdated(dsl, f, scope, since, kept));
    }

    /** The rows the filter selects (of {@code onlyTasks} when given) among the tasks {@code readable}. */
    private List<TaskRow> listRead(DSLContext dsl, TaskFilter f, Condition readable, Collection<Long> onlyTasks) {
        Condition c = onlyTasks.isEmpty() ? readable : readable.and(TASK.ID.in(onlyTasks));
        return repo.rows(dsl, f, c).stream().filter(r -> f.states().contains(r.state())).toList();
    }

    /**
     * A list kept since the version {@code since}, brought up to the data the snapshot of {@code dsl} sees: when the
     * audit rows of what committed in between name tasks only (progress, a completion, an edit, a new or deleted
     * task), those tasks' rows are read again and put in place of theirs; anything else changed (a plan, a unit, a
     * person's name, a change made without the app) — or more than {@value #LIST_UPDATE_MAX} tasks — and null: the
     * list is read whole.
     */
    private List<TaskRow> listUpdated(DSLContext dsl, TaskFilter f, ReadScope scope, String since,
                                      List<TaskRow> kept) {
        Optional<List<AuditLog.Changed>> changed = audit.changedSince(dsl, since);
        if (changed.isEmpty()) {
            return null;
        }
        Set<Long> tasks = new HashSet<>();
        for (AuditLog.Changed c : changed.get()) {
            if (!c.entity().equals(ENTITY) || c.entityId() == null || tasks.size() >= LIST_UPDATE_MAX) {
                return null;
            }
            tasks.add(c.entityId());
        }
        return tasks.isEmpty() ? kept
                : TaskRepository.replaced(kept, tasks, listRead(dsl, f, scope.tasks(), tasks));
    }

    /** The occurrences a report over {@code from}–{@code to} counts, in every state, judged as of {@code asOf}. */
    public List<TaskRow> liveIn(LocalDate from, LocalDate to, LocalDate asOf) {
        return repo.rowsLiveIn(db.dsl(), from, to, asOf, audit.reads().tasks());
    }

    /**
     * Creates or updates a task: alone, its own transaction; inside a caller's transaction (a meeting's conclusion,
     * an inspection's remediation, an imported plan), part of it. @throws ValidationException naming the fields
     * at fault
     */
    public Task save(Task.Draft input) {
        return save(input, null);
    }

    /**
     * Saves a task the form loaded at {@code mark} ({@link #mark}; null: unchecked). @throws EditConflictException
     * when someone changed the task since
     */
    public Task save(Task.Draft input, Long mark) {
        Task.Draft d = clean(input);
        validate(d);
        return db.tx(tx -> write(tx, d, mark));
    }

    private Task write(DSLContext tx, Task.Draft d, Long mark) {
        WorkCalendar cal = settings.calendar();
        if (d.id() == null) {
            lockList(tx, d.planId(), d.parentId()); // its place follows the others' (two clients adding at once)
            int pos = repo.nextPosition(tx, d.planId(), d.parentId());
            long id = repo.insert(tx, d, pos);
            repo.setCooperators(tx, id, d.cooperatingUnitIds());
            if (!d.group()) {
                schedule(tx, id, d, cal);
            }
            Task created = repo.task(tx, id).orElseThrow();
            audit.recordChanges(tx, ENTITY, id, AuditAction.CREATE, Map.of(), auditFields(created));
            return created;
        }
        audit.check(tx, TASK.ID, d.id(), ENTITY, d.id(), mark);
        Task before = repo.task(tx, d.id()).orElseThrow(() -> ValidationException.of("id", "validation.notFound"));
        if (before.group() != d.group() && repo.hasChildren(tx, d.id())) {
            throw ValidationException.of("group", "task.error.groupHasChildren");
        }
        repo.update(tx, d, before.position());
        repo.setCooperators(tx, d.id(), d.cooperatingUnitIds());
        if (d.group()) {
            if (repo.hasRecordedWork(tx, d.id())) {
                throw ValidationException.of("group", "task.error.scheduleHasWork");
            }
            repo.deleteOccurrences(tx, d.id());
        } else {
            schedule(tx, d.id(), d, cal);
        }
        Task after = repo.task(tx, d.id()).orElseThrow();
        audit.recordChanges(tx, ENTITY, d.id(), AuditAction.UPDATE, auditFields(before), auditFields(after));
        return after;
    }

    /** Checks a task as {@link #save} would, without saving it (a dialog validating before it closes). */
    public void check(Task.Draft input) {
        validate(clean(input));
    }

    /**
     * Where a task stands today in one word: the state of its first occurrence not done yet (or, all done,
     * of its last one). Null for a group or a task that no longer exists.
     */
    public TaskState currentState(long taskId) {
        Task t = repo.task(db.dsl(), taskId).orElse(null);
        if (t == null || t.group()) {
            return null;
        }
        LocalDate now = today();
        List<Task.Occurrence> occ = repo.occurrences(db.dsl(), taskId);
        Task.Occurrence pick = occ.stream().filter(o -> o.completedOn() == null || o.completedOn().isAfter(now))
                .findFirst().orElse(occ.isEmpty() ? null : occ.get(occ.size() - 1));
        return pick == null ? null : TaskRules.state(pick.dueOn(), pick.completedOn(), now, t.hold());
    }

    /**
     * The deadline a task is held to: the day written, or the next working day when that is a day off (a weekend,
     * a holiday of Cài đặt). The task keeps the day as written; its occurrence is due on this one, and every place
     * that shows a one-off task's deadline (the plan, its printed KẾ HOẠCH, the minutes, Nhiệm vụ, the report, the
     * exports) shows this one. {@code null} for none.
     */
    public LocalDate effectiveDeadline(LocalDate written) {
        return written == null ? null : settings.calendar().onOrNextWorkingDay(written);
    }

    private Task.Draft clean(Task.Draft d) {
        List<Long> coop = d.cooperatingUnitIds().stream().filter(Objects::nonNull).distinct().toList();
        return new Task.Draft(d.id(), d.source() == null ? TaskSource.INSTRUCTION : d.source(), d.planId(), d.parentId(),
                VnText.clean(d.label()), d.group(), VnText.clean(d.content()), d.group() ? null : d.leadUnitId(),
                d.group() ? null : d.leadStaffId(), d.group() ? List.of() : coop, VnText.clean(d.responsibility()),
                VnText.clean(d.authority()), VnText.clean(d.expectedResult()), VnText.clean(d.instructionRef()),
                d.assignedOn(), d.recurrence() == Recurrence.NONE ? d.deadline() : null,
                d.recurrence() == null ? Recurrence.NONE : d.recurrence(),
                d.recurrence() == Recurrence.NONE || d.recurrence() == Recurrence.ONGOING ? null : d.recurrenceUntil());
    }

    private void validate(Task.Draft d) {
        Validator v = new Validator()
                .required("content", d.content(), "task.error.contentRequired")
                .maxLength("content", d.content(), 4000)
                .maxLength("label", d.label(), 20)
                .maxLength("responsibility", d.responsibility(), 2000)
                .maxLength("authority", d.authority(), 2000)
                .maxLength("expectedResult", d.expectedResult(), 2000)
                .required("assignedOn", d.assignedOn(), "task.error.assignedOnRequired");
        if (d.source() == TaskSource.PLAN && d.planId() == null) {
            v.add("plan", "task.error.planRequired");
        }
        if (d.source() == TaskSource.INSTRUCTION && !d.group()) {
            v.required("instructionRef", d.instructionRef(), "task.error.instructionRefRequired");
        }
        if (!d.group()) {
            v.required("leadUnit", d.leadUnitId(), "task.error.leadUnitRequired");
            if (d.leadUnitId() != null && d.cooperatingUnitIds().contains(d.leadUnitId())) {
                v.add("cooperatingUnits", "task.error.leadAlsoCooperating");
            }
            if (d.recurrence() == Recurrence.NONE) {
                v.required("deadline", d.deadline(), "task.error.deadlineRequired");
            }
            TaskRules.dateProblems(d.assignedOn(), d.deadline(), d.recurrenceUntil())
                    .forEach((field, key) -> v.add(field, key, VnFormat.date(d.assignedOn())));
            if (d.leadUnitId() != null) {
                Unit lead = directory.unit(d.leadUnitId()).orElse(null);
                if (lead == null) {
                    v.add("leadUnit", "task.error.leadUnitRequired");
                } else if (!lead.active()) {
                    v.add("leadUnit", "staff.error.unitInactive", lead.name());
                }
            }
            if (d.leadStaffId() != null) {
                Staff p = directory.staff(d.leadStaffId()).orElse(null);
                if (p == null || !Objects.equals(p.unitId(), d.leadUnitId())) {
                    v.add("leadStaff", "task.error.leadStaffNotInUnit");
                }
            }
        }
        v.throwIfAny();
    }

    /**
     * Brings the occurrences in line with the schedule. Occurrences of periods that remain keep their
     * completion; one of a period that disappears is removed unless work was recorded on it.
     */
    private void schedule(DSLContext tx, long taskId, Task.Draft d, WorkCalendar cal) {
        List<TaskRules.Occurrence> wanted = TaskRules.occurrences(d.recurrence(), d.assignedOn(), d.deadline(),
                d.recurrenceUntil(), cal);
        Map<LocalDate, Task.Occurrence> existing = new HashMap<>();
        repo.occurrences(tx, taskId).forEach(o -> existing.put(o.periodStart(), o));
        Set<LocalDate> keep = new HashSet<>();
        for (TaskRules.Occurrence o : wanted) {
            keep.add(o.periodStart());
            Task.Occurrence old = existing.get(o.periodStart());
            if (old == null) {
                repo.insertOccurrence(tx, taskId, o.periodStart(), o.dueOn());
            } else if (!Objects.equals(old.dueOn(), o.dueOn())) {
                repo.setDueOn(tx, old.id(), o.dueOn());
            }
        }
        for (Task.Occurrence old : existing.values()) {
            if (!keep.contains(old.periodStart())) {
                boolean worked = old.completedOn() != null || repo.hasProgressOn(tx, old.id());
                if (worked) {
                    throw ValidationException.of("recurrence", "task.error.scheduleHasWork");
                }
                repo.deleteOccurrence(tx, old.id());
            }
        }
    }

    /** Records progress on one occurrence. @throws ValidationException for a date or percentage out of range */
    public Task.ProgressEntry report(long occurrenceId, LocalDate on, Integer percent, String note, String by) {
        return report(occurrenceId, on, percent, note, by, null);
    }

    /** Records progress, refused when someone changed the task after {@code mark} (null: unchecked). */
    public Task.ProgressEntry report(long occurrenceId, LocalDate on, Integer percent, String note, String by,
                                     Long mark) {
        String n = VnText.clean(note);
        return db.tx(tx -> {
            Task.Occurrence occ = repo.occurrence(tx, occurrenceId)
                .orElseThrow(() -> ValidationException.of("id", "validation.notFound"));
            audit.check(tx, TASK.ID, occ.taskId(), ENTITY, occ.taskId(), mark);
            Task t = repo.task(tx, occ.taskId()).orElseThrow();
            Validator v = new Validator()
                    .required("reportedOn", on, "task.error.dateRequired")
                    .required("percent", percent, "task.error.percentRange")
                    .maxLength("note", n, 4000);
            if (percent != null) {
                v.check(percent >= 0 && percent <= 100, "percent", "task.error.percentRange");
            }
            if (on != null) {
                v.check(!on.isAfter(today()), "reportedOn", "task.error.dateInFuture");
                v.check(!on.isBefore(t.assignedOn()), "reportedOn", "task.error.beforeAssigned",
                        VnFormat.date(t.assignedOn()));
            }
            v.throwIfAny();
            long id = repo.insertProgress(tx, t.id(), occurrenceId, on, percent, n, VnText.clean(by));
            Map<String, String> after = new LinkedHashMap<>();
            after.put("task.field.progress", percent + "% — " + VnFormat.date(on) + (n == null ? "" : " — " + n));
            audit.recordChanges(tx, ENTITY, t.id(), AuditAction.UPDATE, Map.of(), after);
            return new Task.ProgressEntry(id, t.id(), occurrenceId, on, percent, n, VnText.clean(by));
        });
    }

    /** Marks an occurrence done on {@code on}, with its result (product). */
    public void complete(long occurrenceId, LocalDate on, String result) {
        complete(occurrenceId, on, result, null);
    }

    /** Marks an occurrence done, refused when someone changed the task after {@code mark} (null: unchecked). */
    public void complete(long occurrenceId, LocalDate on, String result, Long mark) {
        db.txRun(tx -> complete(tx, occurrenceId, on, result, mark));
    }

    private void complete(DSLContext tx, long occurrenceId, LocalDate on, String result, Long mark) {
        String r = VnText.clean(result);
        Task.Occurrence found = repo.occurrence(tx, occurrenceId)
                .orElseThrow(() -> ValidationException.of("id", "validation.notFound"));
        audit.check(tx, TASK.ID, found.taskId(), ENTITY, found.taskId(), mark);
        Task.Occurrence occ = repo.occurrence(tx, occurrenceId).orElseThrow();
        Task t = repo.task(tx, occ.taskId()).orElseThrow();
        Validator v = new Validator().required("completedOn", on, "task.error.dateRequired")
                .maxLength("result", r, 2000);
        if (on != null) {
            v.check(!on.isAfter(today()), "completedOn", "task.error.dateInFuture");
            v.check(!on.isBefore(t.assignedOn()), "completedOn", "task.error.beforeAssigned",
                    VnFormat.date(t.assignedOn()));
        }
        if (t.hold() == Hold.CANCELLED) {
            v.add("completedOn", "task.error.cancelled");
        }
        v.throwIfAny();
        repo.setCompleted(tx, occurrenceId, on, r);
        Map<String, String> before = new LinkedHashMap<>();
        before.put("task.field.completedOn", VnFormat.date(occ.completedOn()));
        before.put("task.field.result", occ.result());
        Map<String, String> after = new LinkedHashMap<>();
        after.put("task.field.completedOn", VnFormat.date(on));
        after.put("task.field.result", r);
        audit.recordChanges(tx, ENTITY, t.id(), AuditAction.UPDATE, before, after);
    }

    /** Undoes a completion recorded by mistake. */
    public void reopen(long occurrenceId) {
        reopen(occurrenceId, null);
    }

    /** Undoes a completion, refused when someone changed the task after {@code mark} (null: unchecked). */
    public void reopen(long occurrenceId, Long mark) {
        db.txRun(tx -> reopen(tx, occurrenceId, mark));
    }

    private void reopen(DSLContext tx, long occurrenceId, Long mark) {
        Task.Occurrence found = repo.occurrence(tx, occurrenceId)
                .orElseThrow(() -> ValidationException.of("id", "validation.notFound"));
        audit.check(tx, TASK.ID, found.taskId(), ENTITY, found.taskId(), mark);
        Task.Occurrence occ = repo.occurrence(tx, occurrenceId).orElseThrow();
        repo.setReopened(tx, occurrenceId);
        audit.recordChanges(tx, ENTITY, occ.taskId(), AuditAction.UPDATE,
                Map.of("task.field.completedOn", VnFormat.date(occ.completedOn())), Map.of());
    }

    /** Pauses or cancels a task (a reason is required), or resumes it with {@link Hold#NONE}. */
    public void hold(long taskId, Hold hold, String reason) {
        hold(taskId, hold, reason, null);
    }

    /** Pauses, cancels or resumes, refused when someone changed the task after {@code mark} (null: unchecked). */
    public void hold(long taskId, Hold hold, String reason, Long mark) {
        String r = VnText.clean(reason);
        if (hold != Hold.NONE) {
            new Validator().required("holdReason", r, "task.error.holdReasonRequired").maxLength("holdReason", r, 1000)
                    .throwIfAny();
        }
        db.txRun(tx -> {
            audit.check(tx, TASK.ID, taskId, ENTITY, taskId, mark);
            Task t = repo.task(tx, taskId).orElseThrow(() -> ValidationException.of("id", "validation.notFound"));
            repo.setHold(tx, taskId, hold, hold == Hold.NONE ? null : r);
            Map<String, String> before = new LinkedHashMap<>();
            before.put("task.field.hold", t.hold().label());
            before.put("task.field.holdReason", t.holdReason());
            Map<String, String> after = new LinkedHashMap<>();
            after.put("task.field.hold", hold.label());
            after.put("task.field.holdReason", hold == Hold.NONE ? null : r);
            audit.recordChanges(tx, ENTITY, taskId, AuditAction.UPDATE, before, after);
        });
    }

    /**
     * Locks a list of tasks in the caller's transaction before it is changed (a task added, one moved): its plan's row
     * and its group's, so that another client's add, move or delete of the plan waits for this one and then sees it.
     * @throws ValidationException when the plan or the group was deleted meanwhile
     */
    private static void lockList(DSLContext tx, Long planId, Long parentId) {
        if (planId != null && !AuditLog.lock(tx, PLAN.ID, planId)) {
            throw ValidationException.of("plan", "task.error.planGone");
        }
        if (parentId != null && !AuditLog.lock(tx, TASK.ID, parentId)) {
            throw ValidationException.of("group", "task.error.groupGone");
        }
    }

    /**
     * Moves a task one place up or down among its siblings (keeps the plan's order); the two tasks that change
     * places each get an audit row with their place before and after. The list is locked first and read after the
     * lock, so two clients moving in the same list at once both end as if one had moved after the other.
     */
    public void move(long taskId, boolean up) {
        db.txRun(tx -> {
            Task found = repo.task(tx, taskId).orElseThrow(() -> ValidationException.of("id", "validation.notFound"));
            lockList(tx, found.planId(), found.parentId());
            repo.lockSiblings(tx, found.planId(), found.parentId());
            Task t = repo.task(tx, taskId).orElseThrow(() -> ValidationException.of("id", "validation.notFound"));
            List<Long> ids = new ArrayList<>(repo.siblings(tx, t.planId(), t.parentId()));
            int i = ids.indexOf(taskId);
            int j = up ? i - 1 : i + 1;
            if (j < 0 || j >= ids.size()) {
                return;
            }
            long other = ids.get(j);
            ids.set(i, other);
            ids.set(j, taskId);
            repo.setPositions(tx, ids);
            audit.recordSwap(tx, ENTITY, "task.field.position", taskId, i, other, j);
        });
    }

    /** Deletes a task created by mistake: refused once work is recorded on it or it has sub-tasks. */
    public void delete(long taskId) {
        delete(taskId, null);
    }

    /**
     * Deletes a task shown at {@code mark} ({@link #mark} or {@link #listMark}; null: unchecked). The task's row is
     * locked first (a report of progress under way waits, then refuses the delete as work recorded).
     * @throws vn.socongvu.audit.EditConflictException when someone changed the task since: the clerk is asked
     */
    public void delete(long taskId, Long mark) {
        db.txRun(tx -> {
            audit.check(tx, TASK.ID, taskId, ENTITY, taskId, mark);
            delete(tx, repo.task(tx, taskId).orElseThrow(), true);
        });
    }

    private void delete(DSLContext tx, Task t, boolean keep) {
        long taskId = t.id();
        if (repo.hasChildren(tx, taskId)) {
            throw ValidationException.of("id", "task.error.groupHasChildren");
        }
        if (repo.hasRecordedWork(tx, taskId)) {
            throw ValidationException.of("id", "task.error.deleteHasWork");
        }
        if (keep) {
            trash.keep(tx, Trash.Kind.TASK, taskId, t.content(), Map.of("task", List.of(taskId)));
        }
        repo.delete(tx, taskId);
        audit.recordChanges(tx, ENTITY, taskId, AuditAction.DELETE, auditFields(t), Map.of());
    }

    /**
     * Deletes a task that a record made for itself (an inspection's remediation) together with that record: no
     * copy in the trash, the record's own copy holds it. Refused as {@link #delete} is.
     */
    public void deleteWithOwner(long taskId) {
        db.txRun(tx -> {
            audit.check(tx, TASK.ID, taskId, ENTITY, taskId, null);
            delete(tx, repo.task(tx, taskId).orElseThrow(), false);
        });
    }

    /** Whether progress or a completion has been recorded on the task (it can no longer simply vanish). */
    public boolean hasRecordedWork(long taskId) {
        return repo.hasRecordedWork(db.dsl(), taskId);
    }

    /** Open occurrences due from today to {@code days} days ahead, and the overdue ones: for the reminders. */
    public List<TaskRow> reminders(int days) {
        LocalDate now = today();
        TaskFilter f = new TaskFilter(null, null, null, null, null,
                Set.of(TaskState.OPEN_ON_TIME, TaskState.OPEN_OVERDUE), null, now.plusDays(days), now);
        return list(f).stream().filter(r -> r.dueOn() != null).toList();
    }

    public List<AuditEntry> history(long taskId) {
        audit.reads().requireTask(db.dsl(), taskId);
        return audit.history(db.dsl(), ENTITY, taskId);
    }

    private Map<String, String> auditFields(Task t) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("task.field.label", t.label());
        m.put("task.field.content", t.content());
        m.put("task.field.leadUnit", t.leadUnitId() == null ? null
                : directory.unit(t.leadUnitId()).map(Unit::name).orElse("#" + t.leadUnitId()));
        m.put("task.field.leadStaff", t.leadStaffId() == null ? null
                : directory.staff(t.leadStaffId()).map(Staff::fullName).orElse("#" + t.leadStaffId()));
        m.put("task.field.cooperatingUnits", t.cooperatingUnitIds().stream()
                .map(id -> directory.unit(id).map(Unit::name).orElse("#" + id)).collect(Collectors.joining("; ")));
        m.put("task.field.responsibility", t.responsibility());
        m.put("task.field.authority", t.authority());
        m.put("task.field.expectedResult", t.expectedResult());
        m.put("task.field.instructionRef", t.instructionRef());
        m.put("task.field.assignedOn", VnFormat.date(t.assignedOn()));
        m.put("task.field.deadline", VnFormat.date(t.deadline()));
        m.put("task.field.recurrence", t.recurrence().label());
        m.put("task.field.recurrenceUntil", VnFormat.date(t.recurrenceUntil()));
        return m;
    }

    /** A list kept: its filter, and the unit whose tasks alone the account reads (null: every task). */
    private record ListKey(TaskFilter filter, Long readableUnit) {
    }
}
