package vn.socongvu.inspection;

import static vn.socongvu.storage.jooq.Tables.INSPECTION;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jooq.DSLContext;

import vn.socongvu.audit.AuditAction;
import vn.socongvu.audit.AuditEntry;
import vn.socongvu.audit.AuditLog;
import vn.socongvu.audit.ReadArea;
import vn.socongvu.audit.RecordMerge;
import vn.socongvu.common.ValidationException;
import vn.socongvu.common.Validator;
import vn.socongvu.directory.DirectoryService;
import vn.socongvu.directory.Staff;
import vn.socongvu.directory.StaffCategory;
import vn.socongvu.directory.Unit;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.document.DocumentRegister;
import vn.socongvu.document.DocumentText;
import vn.socongvu.document.OfficialDocument;
import vn.socongvu.i18n.Messages;
import vn.socongvu.settings.CommuneIdentity;
import vn.socongvu.settings.SettingsService;
import vn.socongvu.settings.Signer;
import vn.socongvu.storage.Database;
import vn.socongvu.task.Recurrence;
import vn.socongvu.task.Task;
import vn.socongvu.task.TaskService;
import vn.socongvu.task.TaskSource;
import vn.socongvu.task.TaskState;
import vn.socongvu.text.VnFormat;
import vn.socongvu.text.VnText;
import vn.socongvu.trash.Trash;

/**
 * The inspection log: each inspection saved whole in one transaction with its violations and the remediation
 * tasks they require; measures checked against {@link DisciplineRules}; the BIÊN BẢN and THÔNG BÁO numbered in the
 * register and written through the document engine; counts and each person's and unit's record.
 */
public final class InspectionService {
    public static final String ENTITY = "inspection";
    public static final String VIOLATION_ENTITY = "violation";
    public static final String ITEM_ENTITY = "inspection_item";
    /**
     * The inspection form's fields as the audit names them, for merging an edit conflict field by field (the
     * violations, audited each as its own record, are kept as the clerk has them).
     */
    public static final RecordMerge<Inspection.Draft> MERGE = RecordMerge.of(Inspection.Draft.class)
            .field("inspection.field.kind", "kind")
            .field("inspection.field.title", "title")
            .field("inspection.field.decisionNumber", "decisionNumber")
            .field("inspection.field.decisionDate", "decisionDate")
            .field("inspection.field.startsOn", "startsOn")
            .field("inspection.field.endsOn", "endsOn")
            .field("inspection.field.startTime", "startTime")
            .field("inspection.field.endTime", "endTime")
            .field("inspection.field.place", "place")
            .field("inspection.field.copies", "copies")
            .field("inspection.field.leader", "leaderId")
            .field("inspection.field.members", "members")
            .field("inspection.field.units", "unitIds")
            .field("inspection.field.persons", "personIds")
            .field("inspection.field.checks", "checks")
            .field("inspection.field.findings", "findings")
            .field("inspection.field.conclusion", "conclusion")
            .field("inspection.field.noticeSigner", "noticeSignerId");
    /** An inspection lasts at most this many days: a longer span is a typing mistake. */
    static final int MAX_SPAN_DAYS = 60;
    /** How an hour is written in the form and the history: "8:00", "14:30". */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private final Database db;
    private final AuditLog audit;
    private final DirectoryService directory;
    private final SettingsService settings;
    private final DocumentRegister register;
    private final TaskService tasks;
    private final InspectionRepository repo = new InspectionRepository();
    private final Trash trash;
    private final InspectionPaperService papers;

    public InspectionService(Database db, AuditLog audit, DirectoryService directory, SettingsService settings,
                             DocumentRegister register, TaskService tasks, Trash trash) {
        this.trash = trash;
        this.db = db;
        this.audit = audit;
        this.directory = directory;
        this.settings = settings;
        this.register = register;
        this.tasks = tasks;
        this.papers = new InspectionPaperService(db, audit, directory, settings, register, tasks, this);
    }

    /** The decision setting up the team and the report of the results: their choices, documents and numbers. */
    public InspectionPaperService papers() {
        return papers;
    }

    /** Whether any inspection is kept at all (whatever a filter lets through). */
    public boolean hasAny() {
        return db.dsl().fetchExists(INSPECTION);
    }

    // ---- the catalogue of contents (Danh mục) ----

    public List<InspectionItem> items() {
        audit.reads().require(ReadArea.INSPECTIONS);
        return repo.items(db.dsl());
    }

    public List<InspectionItem> activeItems() {
        return items().stream().filter(InspectionItem::active).toList();
    }

    /** Adds a content ({@code id} null) or renames one; inspections already recorded keep the old name. */
    public InspectionItem saveItem(Long id, String name) {
        String n = VnText.clean(name);
        new Validator().required("name", n, "inspection.item.error.nameRequired").maxLength("name", n, 300)
                .throwIfAny();
        return db.tx(tx -> {
            if (repo.itemNameTaken(tx, VnText.fold(n), id)) {
                throw ValidationException.of("name", "inspection.item.error.duplicate", n);
            }
            if (id == null) {
                long newId = repo.insertItem(tx, n, VnText.fold(n));
                audit.recordChanges(tx, ITEM_ENTITY, newId, AuditAction.CREATE, Map.of(),
                        Map.of("inspection.item.field.name", n));
                return repo.item(tx, newId).orElseThrow();
            }
            InspectionItem before = repo.item(tx, id).orElseThrow(() -> ValidationException.of("name", "validation.notFound"));
            repo.renameItem(tx, id, n, VnText.fold(n));
            audit.recordChanges(tx, ITEM_ENTITY, id, AuditAction.UPDATE, Map.of("inspection.item.field.name",
                    before.name()), Map.of("inspection.item.field.name", n));
            return repo.item(tx, id).orElseThrow();
        });
    }

    /** Stops (or resumes) offering a content for new inspections; the records that used it keep it. */
    public void setItemActive(long id, boolean active) {
        db.txRun(tx -> {
            repo.item(tx, id).orElseThrow(() -> ValidationException.of("name", "validation.notFound"));
            repo.setItemActive(tx, id, active);
            audit.record(tx, ITEM_ENTITY, id, active ? AuditAction.REACTIVATE : AuditAction.DEACTIVATE);
        });
    }

    /**
     * Moves a content one place up or down in the list; the two contents that change places each get an audit row
     * with their place before and after.
     */
    public void moveItem(long id, boolean up) {
        db.txRun(tx -> {
            repo.lockItems(tx); // then read: two clients moving at once both count
            List<Long> ids = new ArrayList<>(repo.items(tx).stream().map(InspectionItem::id).toList());
            int i = ids.indexOf(id);
            int j = up ? i - 1 : i + 1;
            if (i < 0 || j < 0 || j >= ids.size()) {
                return;
            }
            long other = ids.get(j);
            ids.set(i, other);
            ids.set(j, id);
            repo.setItemPositions(tx, ids);
            audit.recordSwap(tx, ITEM_ENTITY, "inspection.item.field.position", id, i, other, j);
        });
    }

    public List<AuditEntry> itemHistory(long id) {
        audit.reads().require(ReadArea.INSPECTIONS);
        return audit.history(db.dsl(), ITEM_ENTITY, id);
    }

    // ---- reading ----

    public LocalDate today() {
        return tasks.today();
    }

    public List<InspectionRow> list(InspectionFilter f) {
        audit.reads().require(ReadArea.INSPECTIONS);
        return repo.rows(db.dsl(), f, today());
    }

    public List<ViolationRow> violations(InspectionFilter f) {
        return violations(f, today());
    }

    /** The violations the filter selects, their remediations judged as of {@code asOf}. */
    public List<ViolationRow> violations(InspectionFilter f, LocalDate asOf) {
        audit.reads().require(ReadArea.INSPECTIONS);
        return repo.violations(db.dsl(), f, asOf);
    }

    /** Every violation of one person, newest first: what the year-end evaluation needs. */
    public List<ViolationRow> personRecord(long staffId) {
        return violations(new InspectionFilter(null, null, null, null, null, staffId));
    }

    /** Every violation found in one unit (of its people or of the unit itself), newest first. */
    public List<ViolationRow> unitRecord(long unitId) {
        return violations(new InspectionFilter(null, null, null, null, unitId, null));
    }

    public Inspection inspection(long id) {
        audit.reads().require(ReadArea.INSPECTIONS);
        return repo.inspection(db.dsl(), id).orElseThrow(() -> ValidationException.of("id", "validation.notFound"));
    }

    /** Counts for the inspections started between {@code from} and {@code to} (null: no bound). */
    public InspectionStats stats(LocalDate from, LocalDate to) {
        audit.reads().require(ReadArea.INSPECTIONS);
        InspectionFilter f = InspectionFilter.period(from, to);
        Map<InspectionKind, int[]> kinds = repo.kindCounts(db.dsl(), f);
        Map<InspectionKind, Integer> byKind = new EnumMap<>(InspectionKind.class);
        int inspections = 0;
        int clean = 0;
        for (var e : kinds.entrySet()) {
            byKind.put(e.getKey(), e.getValue()[0]);
            inspections += e.getValue()[0];
            clean += e.getValue()[1];
        }
        List<ViolationRow> vs = violations(f);
        Map<String, Integer> byContent = new TreeMap<>(VnText.collator());
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        Map<DisciplineMeasure, Integer> byMeasure = new EnumMap<>(DisciplineMeasure.class);
        int undecided = 0;
        int done = 0;
        int open = 0;
        int overdue = 0;
        Map<Long, Integer> perPerson = new HashMap<>();
        Set<Long> repeat = new HashSet<>();
        for (ViolationRow v : vs) {
            byContent.merge(v.content(), 1, Integer::sum);
            bySeverity.merge(v.severity(), 1, Integer::sum);
            if (v.decided() == null) {
                undecided++;
            } else {
                byMeasure.merge(v.decided(), 1, Integer::sum);
            }
            if (v.remediation() != null) {
                if (v.remediation().done()) {
                    done++;
                } else if (v.remediation() == TaskState.OPEN_OVERDUE) {
                    overdue++;
                } else if (v.remediation() == TaskState.OPEN_ON_TIME) {
                    open++;
                }
            }
            if (v.staffId() != null) {
                perPerson.merge(v.staffId(), 1, Integer::sum);
                if (v.repeat()) {
                    repeat.add(v.staffId());
                }
            }
        }
        return new InspectionStats(byKind, inspections, clean, vs.size(), byContent, bySeverity, byMeasure, undecided,
                done, open, overdue, perPerson.size(), repeat.size());
    }

    // ---- writing ----

    /**
     * The newest audit id of an inspection and its violations, taken by a form before it reads the inspection (see
     * {@code AuditLog.check}).
     */
    public long mark(long inspectionId) {
        return audit.mark(db.dsl(), ENTITY, inspectionId, VIOLATION_ENTITY, repo.violationIds(db.dsl(), inspectionId));
    }

    /** An inspection as the draft that would save it unchanged. */
    public static Inspection.Draft draft(Inspection i) {
        return new Inspection.Draft(i.id(), i.kind(), i.title(), i.decisionNumber(), i.decisionDate(), i.startsOn(),
                i.endsOn(), i.leaderId(), i.findings(), i.conclusion(), i.noticeSignerId(), i.members(), i.unitIds(),
                i.persons().stream().map(Inspection.Person::staffId).toList(), i.checks(), i.violations(),
                i.startTime(), i.endTime(), i.place(), i.copies());
    }

    /** Creates or updates an inspection with its violations. @throws ValidationException naming the fields at fault */
    public Inspection save(Inspection.Draft input) {
        return save(input, null);
    }

    /**
     * Saves an inspection the form loaded at {@code mark} (null: unchecked): refused when someone changed it or one
     * of its violations since. @throws vn.socongvu.audit.EditConflictException carrying their changes
     */
    public Inspection save(Inspection.Draft input, Long mark) {
        Inspection.Draft d = clean(input);
        validate(d);
        return db.tx(tx -> {
            Inspection before = null;
            long id;
            if (d.id() == null) {
                id = repo.insert(tx, d);
            } else {
                audit.check(tx, INSPECTION.ID, d.id(), ENTITY, d.id(), VIOLATION_ENTITY,
                        repo.violationIds(tx, d.id()), mark);
                before = repo.inspection(tx, d.id()).orElseThrow(() -> ValidationException.of("id", "validation.notFound"));
                id = d.id();
                Inspection was = before;
                papers.registeredDecision(tx, id).filter(n -> !Objects.equals(n, d.decisionNumber())
                        || !Objects.equals(was.decisionDate(), d.decisionDate())).ifPresent(n -> {
                            throw ValidationException.of("decisionNumber", "inspection.error.decisionRegistered", n);
                        });
                repo.update(tx, d);
            }
            repo.replaceChildren(tx, id, d, persons(d, before));
            saveViolations(tx, id, d, before);
            Inspection after = repo.inspection(tx, id).orElseThrow();
            audit.recordChanges(tx, ENTITY, id, before == null ? AuditAction.CREATE : AuditAction.UPDATE,
                    before == null ? Map.of() : auditFields(before), auditFields(after));
            return after;
        });
    }

    /** The persons inspected: those already recorded keep their name and unit as on the day. */
    private List<Inspection.Person> persons(Inspection.Draft d, Inspection before) {
        Map<Long, Inspection.Person> known = new HashMap<>();
        if (before != null) {
            before.persons().forEach(p -> known.put(p.staffId(), p));
        }
        List<Inspection.Person> out = new ArrayList<>();
        for (Long sid : d.personIds()) {
            Inspection.Person p = known.get(sid);
            if (p == null) {
                Staff s = directory.staff(sid).orElseThrow();
                p = new Inspection.Person(sid, s.fullName(), s.unitName());
            }
            out.add(p);
        }
        return out;
    }

    private void saveViolations(DSLContext tx, long id, Inspection.Draft d, Inspection before) {
        Map<Long, Inspection.Violation> old = new HashMap<>();
        if (before != null) {
            before.violations().forEach(v -> old.put(v.id(), v));
        }
        Set<Long> kept = new HashSet<>();
        for (int i = 0; i < d.violations().size(); i++) {
            Inspection.Violation v = d.violations().get(i);
            Inspection.Violation was = v.id() == null ? null : old.get(v.id());
            if (v.id() != null && was == null) {
                throw ValidationException.of("violations", "validation.notFound");
            }
            Inspection.Violation facts = personFacts(v, was);
            Long taskId = remediation(tx, d, facts, was, i);
            kept.add(repo.saveViolation(tx, id, i, facts, taskId));
        }
        // Read back once, as stored (unit name, the task's deadline and completion), for the audit rows.
        for (Inspection.Violation now : repo.inspection(tx, id).orElseThrow().violations()) {
            Inspection.Violation was = old.get(now.id());
            audit.recordChanges(tx, VIOLATION_ENTITY, now.id(), was == null ? AuditAction.CREATE : AuditAction.UPDATE,
                    was == null ? Map.of() : violationFields(was), violationFields(now));
        }
        for (Inspection.Violation gone : old.values()) {
            if (!kept.contains(gone.id())) {
                repo.deleteViolation(tx, gone.id());
                if (gone.remediationTaskId() != null) {
                    if (tasks.hasRecordedWork(gone.remediationTaskId())) {
                        throw ValidationException.of("violations", "inspection.error.violationRemediated", gone.who());
                    }
                    tasks.deleteWithOwner(gone.remediationTaskId());
                }
                audit.recordChanges(tx, VIOLATION_ENTITY, gone.id(), AuditAction.DELETE, violationFields(gone), Map.of());
            }
        }
    }

    /** The person's name, category and post: as recorded when unchanged, else as the directory has them now. */
    private Inspection.Violation personFacts(Inspection.Violation v, Inspection.Violation was) {
        String name = null;
        StaffCategory cat = null;
        boolean leader = false;
        Long unitId = v.unitId();
        if (v.staffId() != null) {
            if (was != null && Objects.equals(was.staffId(), v.staffId())) {
                name = was.fullName();
                cat = was.category();
                leader = was.leader();
            } else {
                Staff s = directory.staff(v.staffId()).orElseThrow();
                name = s.fullName();
                cat = s.category();
                leader = s.leader();
            }
            if (unitId == null) {
                unitId = directory.staff(v.staffId()).map(Staff::unitId).orElse(null);
            }
        }
        return new Inspection.Violation(v.id(), v.staffId(), name, cat, leader, unitId, null, v.itemId(), v.content(),
                v.description(), v.severity(), v.explanation(), v.proposed(), v.decided(), v.decisionNumber(),
                v.decisionDate(), v.remediationDeadline(), v.remediatedOn(), null);
    }

    /**
     * Keeps the remediation task in line with the violation: created when a deadline is set, its deadline and unit
     * following the violation's, completed on the day the remediation was verified (or reopened when that day is
     * cleared), deleted when the deadline is removed before any work was recorded.
     */
    private Long remediation(DSLContext tx, Inspection.Draft d, Inspection.Violation v, Inspection.Violation was,
                             int index) {
        Long taskId = was == null ? null : was.remediationTaskId();
        try {
            if (v.remediationDeadline() == null) {
                if (taskId != null) {
                    if (tasks.hasRecordedWork(taskId)) {
                        throw ValidationException.of("violations", "inspection.error.deadlineHasWork", index + 1);
                    }
                    tasks.deleteWithOwner(taskId);
                }
                return null;
            }
            Task.Draft t = remediationTask(taskId, d, v);
            boolean changed = was == null || taskId == null || !Objects.equals(was.remediationDeadline(),
                    v.remediationDeadline()) || !Objects.equals(was.unitId(), v.unitId())
                    || !Objects.equals(was.content(), v.content()) || !Objects.equals(was.who(), v.who());
            if (changed) {
                taskId = tasks.save(t).id();
            }
            Task.Occurrence occ = tasks.occurrences(taskId).get(0);
            if (v.remediatedOn() != null && !v.remediatedOn().equals(occ.completedOn())) {
                tasks.complete(occ.id(), v.remediatedOn(), Messages.get("inspection.remediation.result"));
            } else if (v.remediatedOn() == null && occ.completedOn() != null) {
                tasks.reopen(occ.id());
            }
            return taskId;
        } catch (ValidationException e) {
            if (e.errors().get(0).field().equals("violations")) {
                throw e;
            }
            throw ValidationException.of("violations", "inspection.error.remediation", index + 1,
                    e.errors().get(0).message());
        }
    }

    /**
     * The task that follows a remediation: led by the violation's unit, due by the deadline, assigned on the last
     * day of the inspection. Its text names the content and the inspection, never the person: task lists leave the
     * app in exports for the units.
     */
    static Task.Draft remediationTask(Long taskId, Inspection.Draft d, Inspection.Violation v) {
        String content = Messages.get("inspection.remediation.task", DocumentText.lowerFirst(v.content()),
                VnFormat.date(d.startsOn()));
        String ref = d.decisionNumber() == null ? d.title()
                : Messages.get("inspection.remediation.ref", d.decisionNumber(), d.title());
        LocalDate assigned = d.endsOn().isAfter(v.remediationDeadline()) ? v.remediationDeadline() : d.endsOn();
        return new Task.Draft(taskId, TaskSource.INSPECTION, null, null, null, false, content, v.unitId(), null,
                List.of(), null, null, Messages.get("inspection.remediation.expected"),
                ref.length() > 300 ? ref.substring(0, 300) : ref, assigned, v.remediationDeadline(), Recurrence.NONE,
                null);
    }

    private static Inspection.Draft clean(Inspection.Draft d) {
        List<Inspection.Member> members = d.members().stream()
                .map(m -> new Inspection.Member(m.staffId(), VnText.clean(m.fullName()), VnText.clean(m.body())))
                .toList();
        List<Inspection.Check> checks = d.checks().stream()
                .map(c -> new Inspection.Check(c.itemId(), VnText.clean(c.itemName()), VnText.multiline(c.remark())))
                .toList();
        List<Inspection.Violation> vs = d.violations().stream().map(v -> new Inspection.Violation(v.id(), v.staffId(),
                null, null, false, v.unitId(), null, v.itemId(), VnText.clean(v.content()), VnText.multiline(v.description()),
                v.severity(), VnText.multiline(v.explanation()), v.proposed(), v.decided(),
                v.decided() == null ? null : VnText.clean(v.decisionNumber()), v.decided() == null ? null : v.decisionDate(),
                v.remediationDeadline(), v.remediationDeadline() == null ? null : v.remediatedOn(), null)).toList();
        return new Inspection.Draft(d.id(), d.kind(), VnText.clean(d.title()), VnText.clean(d.decisionNumber()),
                d.decisionDate(), d.startsOn(), d.endsOn(), d.leaderId(), VnText.multiline(d.findings()),
                VnText.multiline(d.conclusion()), d.noticeSignerId(), members,
                d.unitIds().stream().filter(Objects::nonNull).distinct().toList(),
                d.personIds().stream().filter(Objects::nonNull).distinct().toList(), checks, vs,
                d.startTime(), d.endTime(), VnText.clean(d.place()),
                d.copies() == null ? Inspection.DEFAULT_COPIES : d.copies());
    }

    private void validate(Inspection.Draft d) {
        LocalDate today = today();
        Validator v = new Validator()
                .required("kind", d.kind(), "inspection.error.kindRequired")
                .required("title", d.title(), "inspection.error.titleRequired")
                .maxLength("title", d.title(), 1000)
                .maxLength("decisionNumber", d.decisionNumber(), 60)
                .required("startsOn", d.startsOn(), "inspection.error.startRequired")
                .required("endsOn", d.endsOn(), "inspection.error.endRequired")
                .required("leader", d.leaderId(), "inspection.error.leaderRequired")
                .maxLength("findings", d.findings(), 20000)
                .maxLength("conclusion", d.conclusion(), 20000);
        if (d.decisionNumber() != null) {
            v.required("decisionDate", d.decisionDate(), "inspection.error.decisionDateRequired");
        }
        if (d.decisionDate() != null) {
            v.required("decisionNumber", d.decisionNumber(), "inspection.error.decisionNumberRequired");
            if (d.startsOn() != null) {
                v.check(!d.decisionDate().isAfter(d.startsOn()), "decisionDate", "inspection.error.decisionAfterStart");
            }
        }
        if (d.startsOn() != null && d.endsOn() != null) {
            v.check(!d.endsOn().isBefore(d.startsOn()), "endsOn", "inspection.error.endBeforeStart");
            v.check(!d.endsOn().isAfter(d.startsOn().plusDays(MAX_SPAN_DAYS)), "endsOn", "inspection.error.spanTooLong",
                    MAX_SPAN_DAYS);
            if (d.startTime() != null && d.endTime() != null && d.startsOn().equals(d.endsOn())) {
                v.check(d.endTime().isAfter(d.startTime()), "endTime", "inspection.error.endTimeBeforeStart");
            }
        }
        v.maxLength("place", d.place(), 300);
        v.check(d.copies() != null && d.copies() >= 1 && d.copies() <= Inspection.MAX_COPIES, "copies",
                "inspection.error.copies", Inspection.MAX_COPIES);
        if (d.leaderId() != null) {
            v.check(directory.staff(d.leaderId()).isPresent(), "leader", "inspection.error.leaderRequired");
        }
        if (d.noticeSignerId() != null) {
            v.check(settings.signers().stream().anyMatch(s -> s.id() == d.noticeSignerId()), "noticeSigner",
                    "validation.notFound");
        }
        v.check(!d.unitIds().isEmpty() || !d.personIds().isEmpty(), "subjects", "inspection.error.subjectRequired");
        for (Long u : d.unitIds()) {
            if (directory.unit(u).isEmpty()) {
                v.add("subjects", "validation.notFound");
            }
        }
        for (Long p : d.personIds()) {
            if (directory.staff(p).isEmpty()) {
                v.add("subjects", "validation.notFound");
            }
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < d.members().size(); i++) {
            Inspection.Member m = d.members().get(i);
            if (m.fullName() == null) {
                v.add("members", "inspection.error.memberName", i + 1);
            } else if (m.fullName().length() > 120 || (m.body() != null && m.body().length() > 300)) {
                v.add("members", "inspection.error.memberTooLong", m.fullName());
            } else if (m.staffId() != null && (Objects.equals(m.staffId(), d.leaderId()) || !seen.add(m.staffId()))) {
                v.add("members", "inspection.error.memberTwice", m.fullName());
            }
        }
        Set<String> checked = new HashSet<>();
        for (int i = 0; i < d.checks().size(); i++) {
            Inspection.Check c = d.checks().get(i);
            if (c.itemName() == null) {
                v.add("checks", "inspection.error.checkName", i + 1);
            } else if (c.itemName().length() > 300 || (c.remark() != null && c.remark().length() > 2000)) {
                v.add("checks", "inspection.error.checkTooLong", i + 1);
            } else if (!checked.add(VnText.fold(c.itemName()))) {
                v.add("checks", "inspection.error.checkTwice", c.itemName());
            }
        }
        if (!d.violations().isEmpty() && d.startsOn() != null) {
            v.check(!d.startsOn().isAfter(today), "violations", "inspection.error.violationsInFuture");
        }
        for (int i = 0; i < d.violations().size() && !v.has("violations"); i++) {
            validateViolation(v, d, d.violations().get(i), i + 1, today);
        }
        v.throwIfAny();
    }

    private void validateViolation(Validator v, Inspection.Draft d, Inspection.Violation x, int n, LocalDate today) {
        Staff person = x.staffId() == null ? null : directory.staff(x.staffId()).orElse(null);
        String who = person != null ? person.fullName() : x.unitId() == null ? Integer.toString(n)
                : directory.unit(x.unitId()).map(Unit::name).orElse(Integer.toString(n));
        if (x.staffId() != null && person == null) {
            v.add("violations", "inspection.error.violation", n, who, Messages.get("validation.notFound"));
            return;
        }
        if (x.staffId() == null && x.unitId() == null) {
            v.add("violations", "inspection.error.violation", n, who, Messages.get("inspection.error.violatorRequired"));
            return;
        }
        String problem = null;
        if (x.content() == null) {
            problem = Messages.get("inspection.error.contentRequired");
        } else if (x.content().length() > 1000 || length(x.description()) > 4000 || length(x.explanation()) > 4000
                || length(x.decisionNumber()) > 60) {
            problem = Messages.get("inspection.error.tooLong");
        } else if (x.severity() == null) {
            problem = Messages.get("inspection.error.severityRequired");
        } else if (DisciplineRules.decisionMissing(x.decided(), x.decisionNumber(), x.decisionDate())) {
            problem = Messages.get("inspection.error.decisionRequired", x.decided().label());
        } else if (x.decisionDate() != null && d.startsOn() != null && x.decisionDate().isBefore(d.startsOn())) {
            problem = Messages.get("inspection.error.decisionBeforeInspection");
        } else if (x.decisionDate() != null && x.decisionDate().isAfter(today)) {
            problem = Messages.get("inspection.error.dateInFuture");
        } else if (x.remediatedOn() != null && x.remediatedOn().isAfter(today)) {
            problem = Messages.get("inspection.error.dateInFuture");
        } else if (x.remediatedOn() != null && d.startsOn() != null && x.remediatedOn().isBefore(d.startsOn())) {
            problem = Messages.get("inspection.error.remediatedBeforeInspection");
        } else if (x.remediationDeadline() != null && d.startsOn() != null
                && x.remediationDeadline().isBefore(d.startsOn())) {
            problem = Messages.get("inspection.error.deadlineBeforeInspection");
        }
        if (problem == null) {
            var cat = person == null ? null : person.category();
            boolean leader = person != null && person.leader();
            problem = measureRefusal(x.proposed(), cat, leader, d.startsOn(), "inspection.field.proposed");
            if (problem == null) {
                problem = measureRefusal(x.decided(), cat, leader,
                        x.decisionDate() != null ? x.decisionDate() : d.startsOn(),
                        "inspection.field.decided");
            }
        }
        if (problem != null) {
            v.add("violations", "inspection.error.violation", n, who, problem);
        }
    }

    /**
     * Why measure {@code m} may not be given to a person of {@code cat} (null: a unit) on {@code on}, in the
     * clerk's words naming the field ({@code fieldKey}); null when it may.
     */
    private static String measureRefusal(DisciplineMeasure m, StaffCategory cat, boolean leader,
                                         LocalDate on, String fieldKey) {
        return DisciplineRules.refusal(m, cat, leader, on).map(r -> Messages.get("inspection.error.measure",
                Messages.get(fieldKey), m.label(), ruleText(r, cat))).orElse(null);
    }

    /** The reason a measure is refused, in words ("không áp dụng với viên chức"). */
    public static String ruleText(DisciplineRules.Refusal r, StaffCategory cat) {
        return Messages.get(r.key(), cat == null ? "" : cat.label().toLowerCase(Locale.ROOT));
    }

    /** "8:00", "14:30". */
    public static String time(LocalTime t) {
        return t == null ? "" : TIME.format(t);
    }

    /**
     * The hour typed in the form ("8:00", "8h00", "08.00", "14:30"); empty for a blank field.
     *
     * @throws DateTimeParseException when it is not an hour
     */
    public static Optional<LocalTime> parseTime(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.parse(typed.strip().replace('h', ':').replace('.', ':'), TIME));
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    /** Deletes an inspection entered by mistake; refused once its record or notice is numbered. */
    public void delete(long id) {
        delete(id, null);
    }

    /**
     * Deletes an inspection the form loaded at {@code mark} (null: unchecked), its row locked first.
     * @throws vn.socongvu.audit.EditConflictException when someone changed it since: the clerk is asked
     */
    public void delete(long id, Long mark) {
        db.txRun(tx -> {
            audit.check(tx, INSPECTION.ID, id, ENTITY, id, mark);
            Inspection i = repo.inspection(tx, id).orElseThrow(() -> ValidationException.of("id", "validation.notFound"));
            if (i.recordNumber() != null || i.noticeNumber() != null) {
                throw ValidationException.of("id", "inspection.error.deleteNumbered",
                        i.recordNumber() != null ? i.recordNumber() : i.noticeNumber());
            }
            papers.anyNumbered(tx, id).ifPresent(n -> {
                throw ValidationException.of("id", "inspection.error.deleteNumbered", n);
            });
            for (Inspection.Violation v : i.violations()) {
                if (v.remediationTaskId() != null && tasks.hasRecordedWork(v.remediationTaskId())) {
                    throw ValidationException.of("id", "inspection.error.violationRemediated", v.who());
                }
            }
            List<Long> remediation = i.violations().stream().map(Inspection.Violation::remediationTaskId)
                    .filter(Objects::nonNull).toList();
            trash.keep(tx, Trash.Kind.INSPECTION, id, i.title(),
                    remediation.isEmpty() ? Map.of("inspection", List.of(id))
                            : Map.of("inspection", List.of(id), "task", remediation));
            repo.delete(tx, id);
            for (Inspection.Violation v : i.violations()) {
                if (v.remediationTaskId() != null) {
                    tasks.deleteWithOwner(v.remediationTaskId());
                }
                audit.recordChanges(tx, VIOLATION_ENTITY, v.id(), AuditAction.DELETE, violationFields(v), Map.of());
            }
            audit.recordChanges(tx, ENTITY, id, AuditAction.DELETE, auditFields(i), Map.of());
        });
    }

    // ---- documents ----

    /** A warning when {@code typed} is already given to another document of the year (see DocumentRegister). */
    public Optional<String> numberWarning(DocumentKind kind, LocalDate date, String typed) {
        return date == null ? Optional.empty() : register.numberWarning(date.getYear(), kind, typed);
    }

    public int proposeNumber(DocumentKind kind, LocalDate date) {
        return register.proposeNext(date.getYear(), kind);
    }

    /** Gives the BIÊN BẢN (kind BIEN_BAN) or the THÔNG BÁO (THONG_BAO) its number in the register. */
    public Inspection number(long id, DocumentKind kind, int number) {
        if (kind != DocumentKind.BIEN_BAN && kind != DocumentKind.THONG_BAO) {
            throw new IllegalArgumentException("an inspection has a BB and a TB, not " + kind);
        }
        return db.tx(tx -> {
            audit.check(tx, INSPECTION.ID, id, ENTITY, id, null); // two clients numbering it at once: one number
            Inspection i = repo.inspection(tx, id).orElseThrow(() -> ValidationException.of("id", "validation.notFound"));
            boolean record = kind == DocumentKind.BIEN_BAN;
            String already = record ? i.recordNumber() : i.noticeNumber();
            if (already != null) {
                throw ValidationException.of(record ? "recordNumber" : "noticeNumber", "inspection.error.alreadyNumbered",
                        already);
            }
            var e = register.register(i.endsOn().getYear(), kind, number,
                    record ? i.title() : noticeTitle(i.title()), i.endsOn());
            repo.setRegister(tx, id, kind, e.id());
            Inspection after = repo.inspection(tx, id).orElseThrow();
            audit.recordChanges(tx, ENTITY, id, AuditAction.UPDATE, auditFields(i), auditFields(after));
            return after;
        });
    }

    static String noticeTitle(String title) {
        return Messages.get("inspection.notice.title", DocumentText.lowerFirst(title));
    }

    /** The BIÊN BẢN KIỂM TRA, for the preview, printing and Word. */
    public OfficialDocument record(long id) {
        Inspection i = inspection(id);
        return InspectionDocuments.record(i, identity(), lookups());
    }

    /** The THÔNG BÁO of the conclusion, listing the violations and their handling. */
    public OfficialDocument notice(long id) {
        Inspection i = inspection(id);
        Signer signer = i.noticeSignerId() == null ? null
                : settings.signers().stream().filter(s -> s.id() == i.noticeSignerId()).findFirst().orElse(null);
        return InspectionDocuments.notice(i, identity(), signer, lookups());
    }

    private CommuneIdentity identity() {
        return settings.identity().orElseThrow(() -> ValidationException.of("id", "settings.error.notSetUp"));
    }

    private InspectionDocuments.Lookups lookups() {
        return new InspectionDocuments.Lookups(staffLookup(), unitLookup(), this::unitHead, tasks::effectiveDeadline);
    }

    /**
     * The name of the head of the unit inspected, for the record's left signature: the first unit inspected (or
     * the first inspected person's unit) whose head the directory knows — an active staff member marked as leading
     * the unit, its head before a deputy ("Phó …"); null when none is known (the name is then signed by hand).
     */
    String unitHead(Inspection i) {
        List<Long> units = new ArrayList<>(i.unitIds());
        i.persons().forEach(p -> directory.staff(p.staffId()).ifPresent(s -> units.add(s.unitId())));
        List<Staff> all = directory.staff();
        for (Long u : units) {
            Optional<Staff> head = all.stream().filter(s -> s.active() && s.leader() && s.unitId() == u)
                    .min(Comparator.comparing(s -> s.jobTitle() != null
                            && VnText.fold(s.jobTitle()).startsWith("pho") ? 1 : 0));
            if (head.isPresent()) {
                return head.get().fullName();
            }
        }
        return null;
    }

    private Function<Long, Staff> staffLookup() {
        return sid -> directory.staff(sid).orElse(null);
    }

    private Function<Long, String> unitLookup() {
        return uid -> directory.unit(uid).map(Unit::name).orElse("");
    }

    /** "bien-ban-kiem-tra-2026-03-12-….docx" or "thong-bao-kiem-tra-…": sorts by date, says what it is. */
    public static String fileName(Inspection i, DocumentKind kind) {
        return (kind == DocumentKind.THONG_BAO ? "thong-bao-kiem-tra-" : "bien-ban-kiem-tra-") + i.startsOn() + "-"
                + VnText.slug(i.title(), 50) + ".docx";
    }

    /** The inspection's history with that of its violations, newest first. */
    public List<AuditEntry> history(long id) {
        audit.reads().require(ReadArea.INSPECTIONS);
        List<AuditEntry> all = new ArrayList<>(audit.history(db.dsl(), ENTITY, id));
        List<Long> vids = repo.violationIds(db.dsl(), id);
        for (Long vid : vids) {
            all.addAll(audit.history(db.dsl(), VIOLATION_ENTITY, vid));
        }
        all.sort(Comparator.comparing(AuditEntry::at).thenComparing(AuditEntry::id).reversed());
        return all;
    }

    public List<AuditEntry> violationHistory(long violationId) {
        audit.reads().require(ReadArea.INSPECTIONS);
        return audit.history(db.dsl(), VIOLATION_ENTITY, violationId);
    }

    private Map<String, String> auditFields(Inspection i) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("inspection.field.kind", i.kind().label());
        f.put("inspection.field.title", i.title());
        f.put("inspection.field.decisionNumber", i.decisionNumber());
        f.put("inspection.field.decisionDate", VnFormat.date(i.decisionDate()));
        f.put("inspection.field.startsOn", VnFormat.date(i.startsOn()));
        f.put("inspection.field.endsOn", VnFormat.date(i.endsOn()));
        f.put("inspection.field.startTime", i.startTime() == null ? null : time(i.startTime()));
        f.put("inspection.field.endTime", i.endTime() == null ? null : time(i.endTime()));
        f.put("inspection.field.place", i.place());
        f.put("inspection.field.copies", Integer.toString(i.copies()));
        f.put("inspection.field.leader", i.leaderId() == null ? null
                : directory.staff(i.leaderId()).map(Staff::fullName).orElse("#" + i.leaderId()));
        f.put("inspection.field.members", i.members().stream().map(Inspection.Member::fullName)
                .collect(Collectors.joining("; ")));
        f.put("inspection.field.units", i.unitIds().stream().map(u -> directory.unit(u).map(Unit::name).orElse("#" + u))
                .collect(Collectors.joining("; ")));
        f.put("inspection.field.persons", i.persons().stream().map(Inspection.Person::fullName)
                .collect(Collectors.joining("; ")));
        f.put("inspection.field.checks", i.checks().stream()
                .map(c -> c.itemName() + (c.remark() == null ? "" : ": " + c.remark())).collect(Collectors.joining("\n")));
        f.put("inspection.field.findings", i.findings());
        f.put("inspection.field.conclusion", i.conclusion());
        f.put("inspection.field.noticeSigner", i.noticeSignerId() == null ? null : settings.signers().stream()
                .filter(s -> s.id() == i.noticeSignerId()).map(Signer::fullName).findFirst().orElse("#" + i.noticeSignerId()));
        f.put("inspection.field.recordNumber", i.recordNumber());
        f.put("inspection.field.noticeNumber", i.noticeNumber());
        return f;
    }

    private static Map<String, String> violationFields(Inspection.Violation v) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("inspection.violation.field.who", v.who());
        f.put("inspection.violation.field.unit", v.unitName());
        f.put("inspection.violation.field.content", v.content());
        f.put("inspection.violation.field.description", v.description());
        f.put("inspection.violation.field.severity", v.severity() == null ? null : v.severity().label());
        f.put("inspection.violation.field.explanation", v.explanation());
        f.put("inspection.violation.field.proposed", v.proposed() == null ? null : v.proposed().label());
        f.put("inspection.violation.field.decided", v.decided() == null ? null : v.decided().label());
        f.put("inspection.violation.field.decisionNumber", v.decisionNumber());
        f.put("inspection.violation.field.decisionDate", VnFormat.date(v.decisionDate()));
        f.put("inspection.violation.field.deadline", VnFormat.date(v.remediationDeadline()));
        f.put("inspection.violation.field.remediatedOn", VnFormat.date(v.remediatedOn()));
        return f;
    }
}
