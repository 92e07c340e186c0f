package vn.socongvu.task;

import static vn.socongvu.storage.jooq.Tables.PLAN;
import static vn.socongvu.storage.jooq.Tables.STAFF;
import static vn.socongvu.storage.jooq.Tables.TASK;
import static vn.socongvu.storage.jooq.Tables.TASK_COOPERATOR;
import static vn.socongvu.storage.jooq.Tables.TASK_OCCURRENCE;
import static vn.socongvu.storage.jooq.Tables.TASK_PROGRESS;
import static vn.socongvu.storage.jooq.Tables.UNIT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record19;
import org.jooq.Records;
import org.jooq.Select;
import org.jooq.impl.DSL;

import vn.socongvu.storage.jooq.tables.Unit;
import vn.socongvu.storage.jooq.tables.records.TaskOccurrenceRecord;
import vn.socongvu.storage.jooq.tables.records.TaskRecord;
import vn.socongvu.text.VnText;

/** jOOQ queries for tasks, their cooperating units, occurrences and progress. */
public final class TaskRepository {
    /** A list's order: by deadline (ongoing tasks last), then task, then occurrence. */
    static final Comparator<TaskRow> LIST_ORDER = Comparator
            .comparing(TaskRow::dueOn, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparingLong(TaskRow::taskId).thenComparingLong(TaskRow::occurrenceId);
    private static final Unit LEAD = UNIT.as("lead");
    private static final Unit COOPERATOR = UNIT.as("coop_unit");
    /** The cooperating units' names of a list row's task, "; " between them. */
    private static final Field<String> COOPERATOR_NAMES = DSL.field(DSL.select(
                    DSL.listAgg(COOPERATOR.NAME, "; ").withinGroupOrderBy(COOPERATOR.NAME))
            .from(TASK_COOPERATOR).join(COOPERATOR).on(COOPERATOR.ID.eq(TASK_COOPERATOR.UNIT_ID))
            .where(TASK_COOPERATOR.TASK_ID.eq(TASK.ID)));
    /** The latest percentage reported on a list row's occurrence. */
    private static final Field<Integer> LAST_PERCENT = DSL.field(DSL.select(TASK_PROGRESS.PERCENT).from(TASK_PROGRESS)
            .where(TASK_PROGRESS.OCCURRENCE_ID.eq(TASK_OCCURRENCE.ID))
            .orderBy(TASK_PROGRESS.REPORTED_ON.desc(), TASK_PROGRESS.ID.desc()).limit(1));

    static Map<Field<?>, Object> columns(Task.Draft d, int position) {
        Map<Field<?>, Object> m = new LinkedHashMap<>();
        m.put(TASK.SOURCE, d.source().name());
        m.put(TASK.PLAN_ID, d.planId());
        m.put(TASK.PARENT_ID, d.parentId());
        m.put(TASK.POSITION, position);
        m.put(TASK.LABEL, d.label());
        m.put(TASK.IS_GROUP, d.group());
        m.put(TASK.CONTENT, d.content());
        m.put(TASK.LEAD_UNIT_ID, d.leadUnitId());
        m.put(TASK.LEAD_STAFF_ID, d.leadStaffId());
        m.put(TASK.RESPONSIBILITY, d.responsibility());
        m.put(TASK.AUTHORITY, d.authority());
        m.put(TASK.EXPECTED_RESULT, d.expectedResult());
        m.put(TASK.INSTRUCTION_REF, d.instructionRef());
        m.put(TASK.ASSIGNED_ON, d.assignedOn());
        m.put(TASK.DEADLINE, d.deadline());
        m.put(TASK.RECURRENCE, d.recurrence().name());
        m.put(TASK.RECURRENCE_UNTIL, d.recurrenceUntil());
        m.put(TASK.SEARCH_TEXT, VnText.fold(String.join(" ", nz(d.label()), d.content(), nz(d.expectedResult()),
                nz(d.responsibility()), nz(d.instructionRef()))));
        return m;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public long insert(DSLContext tx, Task.Draft d, int position) {
        return tx.insertInto(TASK).set(columns(d, position)).returning(TASK.ID).fetchOne(TASK.ID);
    }

    public void update(DSLContext tx, Task.Draft d, int position) {
        tx.update(TASK).set(columns(d, position)).where(TASK.ID.eq(d.id())).execute();
    }

    public void setCooperators(DSLContext tx, long taskId, Collection<Long> unitIds) {
        tx.deleteFrom(TASK_COOPERATOR).where(TASK_COOPERATOR.TASK_ID.eq(taskId)).execute();
        for (Long u : unitIds) {
            tx.insertInto(TASK_COOPERATOR).set(TASK_COOPERATOR.TASK_ID, taskId).set(TASK_COOPERATOR.UNIT_ID, u).execute();
        }
    }

    void delete(DSLContext tx, long taskId) {
        tx.deleteFrom(TASK).where(TASK.ID.eq(taskId)).execute();
    }

    void setHold(DSLContext tx, long taskId, Hold hold, String reason) {
        tx.update(TASK).set(TASK.HOLD, hold.name()).set(TASK.HOLD_REASON, reason).where(TASK.ID.eq(taskId)).execute();
    }

    boolean hasChildren(DSLContext dsl, long taskId) {
        return dsl.fetchExists(TASK, TASK.PARENT_ID.eq(taskId));
    }

    /** Whether progress or a completion has been recorded on the task. */
    boolean hasRecordedWork(DSLContext dsl, long taskId) {
        return dsl.fetchExists(TASK_PROGRESS, TASK_PROGRESS.TASK_ID.eq(taskId))
                || dsl.fetchExists(TASK_OCCURRENCE, TASK_OCCURRENCE.TASK_ID.eq(taskId)
                .and(TASK_OCCURRENCE.COMPLETED_ON.isNotNull()));
    }

    boolean hasProgressOn(DSLContext dsl, long occurrenceId) {
        return dsl.fetchExists(TASK_PROGRESS, TASK_PROGRESS.OCCURRENCE_ID.eq(occurrenceId));
    }

    void insertOccurrence(DSLContext tx, long taskId, LocalDate periodStart, LocalDate dueOn) {
        tx.insertInto(TASK_OCCURRENCE).set(TASK_OCCURRENCE.TASK_ID, taskId)
                .set(TASK_OCCURRENCE.PERIOD_START, periodStart).set(TASK_OCCURRENCE.DUE_ON, dueOn).execute();
    }

    void setDueOn(DSLContext tx, long occurrenceId, LocalDate dueOn) {
        tx.update(TASK_OCCURRENCE).set(TASK_OCCURRENCE.DUE_ON, dueOn).where(TASK_OCCURRENCE.ID.eq(occurrenceId))
                .execute();
    }

    void setCompleted(DSLContext tx, long occurrenceId, LocalDate on, String result) {
        tx.update(TASK_OCCURRENCE).set(TASK_OCCURRENCE.COMPLETED_ON, on).set(TASK_OCCURRENCE.RESULT, result)
                .where(TASK_OCCURRENCE.ID.eq(occurrenceId)).execute();
    }

    /** Clears the completion date (the result written stays, as before). */
    void setReopened(DSLContext tx, long occurrenceId) {
        tx.update(TASK_OCCURRENCE).set(TASK_OCCURRENCE.COMPLETED_ON, (LocalDate) null)
                .where(TASK_OCCURRENCE.ID.eq(occurrenceId)).execute();
    }

    void deleteOccurrence(DSLContext tx, long occurrenceId) {
        tx.deleteFrom(TASK_OCCURRENCE).where(TASK_OCCURRENCE.ID.eq(occurrenceId)).execute();
    }

    void deleteOccurrences(DSLContext tx, long taskId) {
        tx.deleteFrom(TASK_OCCURRENCE).where(TASK_OCCURRENCE.TASK_ID.eq(taskId)).execute();
    }

    long insertProgress(DSLContext tx, long taskId, long occurrenceId, LocalDate on, Integer percent, String note,
                        String by) {
        return tx.insertInto(TASK_PROGRESS).set(TASK_PROGRESS.TASK_ID, taskId)
                .set(TASK_PROGRESS.OCCURRENCE_ID, occurrenceId).set(TASK_PROGRESS.REPORTED_ON, on)
                .set(TASK_PROGRESS.PERCENT, percent).set(TASK_PROGRESS.NOTE, note)
                .set(TASK_PROGRESS.REPORTED_BY, by)
                .returning(TASK_PROGRESS.ID).fetchOne(TASK_PROGRESS.ID);
    }

    Optional<Task.Occurrence> occurrence(DSLContext dsl, long occurrenceId) {
        return dsl.selectFrom(TASK_OCCURRENCE).where(TASK_OCCURRENCE.ID.eq(occurrenceId))
                .fetchOptional(TaskRepository::toOccurrence);
    }

    /** The ids of the tasks under the same parent of the same plan (or of no plan), in their order. */
    List<Long> siblings(DSLContext dsl, Long planId, Long parentId) {
        return dsl.select(TASK.ID).from(TASK)
                .where(planId == null ? TASK.PLAN_ID.isNull() : TASK.PLAN_ID.eq(planId))
                .and(parentId == null ? TASK.PARENT_ID.isNull() : TASK.PARENT_ID.eq(parentId))
                .orderBy(TASK.POSITION, TASK.ID).fetch(TASK.ID);
    }

    /** Locks the tasks of one list (a plan's group) in the transaction, in the order of their ids (no deadlock). */
    void lockSiblings(DSLContext tx, Long planId, Long parentId) {
        tx.select(TASK.ID).from(TASK)
                .where(planId == null ? TASK.PLAN_ID.isNull() : TASK.PLAN_ID.eq(planId))
                .and(parentId == null ? TASK.PARENT_ID.isNull() : TASK.PARENT_ID.eq(parentId))
                .orderBy(TASK.ID).forUpdate().fetch();
    }

    /** Numbers the tasks 0, 1, 2 … in the order given. */
    void setPositions(DSLContext tx, List<Long> ids) {
        for (int k = 0; k < ids.size(); k++) {
            tx.update(TASK).set(TASK.POSITION, k).where(TASK.ID.eq(ids.get(k))).execute();
        }
    }

    public Optional<Task> task(DSLContext dsl, long id) {
        return dsl.selectFrom(TASK).where(TASK.ID.eq(id)).fetchOptional(r -> toTask(r, cooperators(dsl, id)));
    }

    List<Long> cooperators(DSLContext dsl, long taskId) {
        return dsl.select(TASK_COOPERATOR.UNIT_ID).from(TASK_COOPERATOR).where(TASK_COOPERATOR.TASK_ID.eq(taskId))
                .orderBy(TASK_COOPERATOR.UNIT_ID).fetch(TASK_COOPERATOR.UNIT_ID);
    }

    /** The tasks of a plan in tree order (parents before children, siblings by position). */
    public List<Task> planTasks(DSLContext dsl, long planId) {
        List<TaskRecord> all = dsl.selectFrom(TASK).where(TASK.PLAN_ID.eq(planId))
                .orderBy(TASK.POSITION, TASK.ID).fetch();
        Map<Long, List<Long>> coop = new HashMap<>();
        dsl.select(TASK_COOPERATOR.TASK_ID, TASK_COOPERATOR.UNIT_ID).from(TASK_COOPERATOR).join(TASK)
                .on(TASK.ID.eq(TASK_COOPERATOR.TASK_ID)).where(TASK.PLAN_ID.eq(planId))
                .forEach(r -> coop.computeIfAbsent(r.get(TASK_COOPERATOR.TASK_ID), k -> new ArrayList<>())
                        .add(r.get(TASK_COOPERATOR.UNIT_ID)));
        Map<Long, List<TaskRecord>> byParent = new HashMap<>();
        for (TaskRecord r : all) {
            byParent.computeIfAbsent(r.getParentId() == null ? 0L : r.getParentId(), k -> new ArrayList<>()).add(r);
        }
        List<Task> out = new ArrayList<>();
        walk(byParent, 0L, coop, out);
        return out;
    }

    private static void walk(Map<Long, List<TaskRecord>> byParent, long parent, Map<Long, List<Long>> coop,
                             List<Task> out) {
        for (TaskRecord r : byParent.getOrDefault(parent, List.of())) {
            out.add(toTask(r, coop.getOrDefault(r.getId(), List.of())));
            walk(byParent, r.getId(), coop, out);
        }
    }

    public int nextPosition(DSLContext dsl, Long planId, Long parentId) {
        Condition c = (planId == null ? TASK.PLAN_ID.isNull() : TASK.PLAN_ID.eq(planId))
                .and(parentId == null ? TASK.PARENT_ID.isNull() : TASK.PARENT_ID.eq(parentId));
        Integer max = dsl.select(DSL.max(TASK.POSITION)).from(TASK).where(c).fetchOne(0, Integer.class);
        return max == null ? 0 : max + 1;
    }

    public List<Task.Occurrence> occurrences(DSLContext dsl, long taskId) {
        return dsl.selectFrom(TASK_OCCURRENCE).where(TASK_OCCURRENCE.TASK_ID.eq(taskId))
                .orderBy(TASK_OCCURRENCE.PERIOD_START)
                .fetch(TaskRepository::toOccurrence);
    }

    public List<Task.ProgressEntry> progress(DSLContext dsl, long taskId) {
        return dsl.selectFrom(TASK_PROGRESS).where(TASK_PROGRESS.TASK_ID.eq(taskId))
                .orderBy(TASK_PROGRESS.REPORTED_ON.desc(), TASK_PROGRESS.ID.desc())
                .fetch(r -> new Task.ProgressEntry(r.getId(), r.getTaskId(), r.getOccurrenceId(), r.getReportedOn(),
                        r.getPercent(), r.getNote(), r.getReportedBy()));
    }

    /**
     * The occurrences the filter selects among the {@code readable} tasks (the account's read scope), with
     * everything a list row shows. Period, plan, unit, person, source and text are filtered in SQL; the state
     * (computed) by the caller.
     */
    public List<TaskRow> rows(DSLContext dsl, TaskFilter f, Condition readable) {
        Condition c = TASK.IS_GROUP.isFalse().and(readable);
        if (f.planId() != null) {
            c = c.and(TASK.PLAN_ID.eq(f.planId()));
        }
        if (f.unitId() != null) {
            c = c.and(TASK.LEAD_UNIT_ID.eq(f.unitId()));
        }
        if (f.staffId() != null) {
            c = c.and(TASK.LEAD_STAFF_ID.eq(f.staffId()));
        }
        if (f.source() != null) {
            c = c.and(TASK.SOURCE.eq(f.source().name()));
        }
        if (f.text() != null && !f.text().isBlank()) {
            for (String word : VnText.fold(f.text()).split(" ")) {
                c = c.and(TASK.SEARCH_TEXT.contains(word));
            }
        }
        // States are computed, but which ones can appear is known in advance: narrow the rows in SQL.
        Set<TaskState> st = f.states();
        boolean anyDone = st.contains(TaskState.DONE_ON_TIME) || st.contains(TaskState.DONE_LATE);
        if (!anyDone && !st.contains(TaskState.CANCELLED)) {
            c = c.and(TASK_OCCURRENCE.COMPLETED_ON.isNull().or(TASK_OCCURRENCE.COMPLETED_ON.gt(f.asOf())));
        }
        if (!st.contains(TaskState.PAUSED) && !st.contains(TaskState.CANCELLED) && !anyDone) {
            c = c.and(TASK.HOLD.eq(Hold.NONE.name()));
        }
        if (st.equals(EnumSet.of(TaskState.OPEN_OVERDUE))) {
            c = c.and(TASK_OCCURRENCE.DUE_ON.lt(f.asOf()));
        }
        if (f.from() == null && f.to() == null) {
            return fetch(dsl, f.asOf(), c);
        }
        // The period: occurrences due in it, and ongoing ones (no deadline) begun by its end. Asked as two
        // queries in one (UNION ALL), each a range of the deadline's index: as one OR, no index serves it and
        // H2 went through every task and all of its occurrences (a year of ten busy ones: 50 → 24 ms).
        Condition due = TASK_OCCURRENCE.DUE_ON.isNotNull();
        if (f.from() != null) {
            due = due.and(TASK_OCCURRENCE.DUE_ON.ge(f.from()));
        }
        Condition ongoing = TASK_OCCURRENCE.DUE_ON.isNull();
        if (f.to() != null) {
            due = due.and(TASK_OCCURRENCE.DUE_ON.le(f.to()));
            ongoing = ongoing.and(TASK_OCCURRENCE.PERIOD_START.le(f.to()));
        }
        return fetch(dsl, f.asOf(), c.and(due), c.and(ongoing));
    }

    /**
     * The occurrences live in a reporting window, judged as of {@code asOf}: started (assigned, or their
     * period begun) by the window's end and not already done before it began. A done occurrence is so counted
     * in the one window it was completed in; an open one in every window it stays open through.
     */
    public List<TaskRow> rowsLiveIn(DSLContext dsl, LocalDate from, LocalDate to, LocalDate asOf,
                                    Condition readable) {
        return fetch(dsl, asOf, TASK.IS_GROUP.isFalse().and(readable).and(TASK_OCCURRENCE.PERIOD_START.le(to))
                .and(TASK_OCCURRENCE.COMPLETED_ON.isNull().or(TASK_OCCURRENCE.COMPLETED_ON.ge(from))));
    }

    /**
     * The states, judged as of {@code asOf}, of the occurrences due by then of these plans' tasks, by plan; the
     * tasks of archived plans are hidden, as in every list. Reads four columns a row (no names, no progress):
     * what a plan's targets are measured by.
     */
    public Map<Long, List<TaskState>> statesDueBy(DSLContext dsl, Collection<Long> planIds, LocalDate asOf) {
        Map<Long, List<TaskState>> states = new HashMap<>();
        dsl.select(TASK.PLAN_ID, TASK_OCCURRENCE.DUE_ON, TASK_OCCURRENCE.COMPLETED_ON, TASK.HOLD)
                .from(TASK_OCCURRENCE)
                .join(TASK).on(TASK.ID.eq(TASK_OCCURRENCE.TASK_ID))
                .join(PLAN).on(PLAN.ID.eq(TASK.PLAN_ID))
                .where(TASK.PLAN_ID.in(planIds)).and(TASK.IS_GROUP.isFalse()).and(PLAN.ARCHIVED.isFalse())
                .and(TASK_OCCURRENCE.DUE_ON.le(asOf))
                .forEach(r -> states.computeIfAbsent(r.get(TASK.PLAN_ID), k -> new ArrayList<>()).add(
                        TaskRules.state(r.get(TASK_OCCURRENCE.DUE_ON), r.get(TASK_OCCURRENCE.COMPLETED_ON), asOf,
                                Hold.stored(r.get(TASK.HOLD)))));
        return states;
    }

    /**
     * {@code kept} (in {@link #LIST_ORDER}) with the rows of {@code tasks} taken out and {@code fresh} (theirs as now
     * read) put in, in the same order.
     */
    static List<TaskRow> replaced(List<TaskRow> kept, Set<Long> tasks, List<TaskRow> fresh) {
        List<TaskRow> rows = new ArrayList<>(kept.size() + fresh.size());
        for (TaskRow r : kept) {
            if (!tasks.contains(r.taskId())) {
                rows.add(r);
            }
        }
        for (TaskRow r : fresh) {
            int at = Collections.binarySearch(rows, r, LIST_ORDER);
            rows.add(at < 0 ? -at - 1 : at, r);
        }
        return List.copyOf(rows);
    }

    /** The rows of the occurrences meeting any of {@code where} (each one SELECT of a UNION ALL), in {@link #LIST_ORDER}. */
    private List<TaskRow> fetch(DSLContext dsl, LocalDate asOf, Condition... where) {
        List<TaskRow> rows = dsl.fetch(query(where)).map(Records.mapping((taskId, label, content, planId, planTitle,
                leadUnitId, leadUnit, leadStaffId, leadStaff, source, recurrence, assignedOn, holdName, occurrenceId,
                periodStart, due, done, cooperators, lastPercent) -> {
            Hold hold = Hold.stored(holdName);
            return new TaskRow(taskId, occurrenceId, label, content, planId, planTitle, leadUnitId, leadUnit,
                    leadStaffId, leadStaff, cooperators == null ? "" : cooperators, TaskSource.stored(source),
                    Recurrence.stored(recurrence), assignedOn, periodStart, due, done, hold,
                    done != null && !done.isAfter(asOf) ? Integer.valueOf(100) : lastPercent,
                    TaskRules.state(due, done, asOf, hold));
        }));
        List<TaskRow> sorted = new ArrayList<>(rows);
        sorted.sort(LIST_ORDER); // here, not by the database: the same order for one SELECT or a union
        return sorted;
    }

    /**
     * What a list row reads, for the occurrences meeting any of {@code where}: the task, the names of its plan,
     * lead unit and person, the occurrence, the cooperating units' names and the latest reported percentage
     * (each of the last two an index lookup per row, in the same query).
     */
    private static Select<Record19<Long, String, String, Long, String, Long, String, Long, String, String, String,
            LocalDate, String, Long, LocalDate, LocalDate, LocalDate, String, Integer>> query(Condition... where) {
        Condition notArchived = TASK.PLAN_ID.isNull().or(PLAN.ARCHIVED.isFalse()); // archived plans' tasks are hidden
        Select<Record19<Long, String, String, Long, String, Long, String, Long, String, String, String, LocalDate,
                String, Long, LocalDate, LocalDate, LocalDate, String, Integer>> query = null;
        for (Condition c : where) {
            var select = DSL.select(TASK.ID, TASK.LABEL, TASK.CONTENT, TASK.PLAN_ID, PLAN.TITLE, TASK.LEAD_UNIT_ID,
                            LEAD.NAME, TASK.LEAD_STAFF_ID, STAFF.FULL_NAME, TASK.SOURCE, TASK.RECURRENCE,
                            TASK.ASSIGNED_ON, TASK.HOLD, TASK_OCCURRENCE.ID, TASK_OCCURRENCE.PERIOD_START,
                            TASK_OCCURRENCE.DUE_ON, TASK_OCCURRENCE.COMPLETED_ON, COOPERATOR_NAMES, LAST_PERCENT)
                    .from(TASK_OCCURRENCE)
                    .join(TASK).on(TASK.ID.eq(TASK_OCCURRENCE.TASK_ID))
                    .join(LEAD).on(LEAD.ID.eq(TASK.LEAD_UNIT_ID))
                    .leftJoin(PLAN).on(PLAN.ID.eq(TASK.PLAN_ID))
                    .leftJoin(STAFF).on(STAFF.ID.eq(TASK.LEAD_STAFF_ID))
                    .where(c.and(notArchived));
            query = query == null ? select : query.unionAll(select);
        }
        return query;
    }

    private static Task.Occurrence toOccurrence(TaskOccurrenceRecord r) {
        return new Task.Occurrence(r.getId(), r.getTaskId(), r.getPeriodStart(), r.getDueOn(), r.getCompletedOn(),
                r.getResult());
    }

    static Task toTask(TaskRecord r, List<Long> coop) {
        return new Task(r.getId(), TaskSource.stored(r.getSource()), r.getPlanId(), r.getParentId(), r.getPosition(),
                r.getLabel(), r.getIsGroup(), r.getContent(), r.getLeadUnitId(), r.getLeadStaffId(), coop,
                r.getResponsibility(), r.getAuthority(), r.getExpectedResult(), r.getInstructionRef(),
                r.getAssignedOn(), r.getDeadline(), Recurrence.stored(r.getRecurrence()), r.getRecurrenceUntil(),
                Hold.stored(r.getHold()), r.getHoldReason());
    }
}
