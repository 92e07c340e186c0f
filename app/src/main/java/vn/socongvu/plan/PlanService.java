package vn.socongvu.plan;

import static vn.socongvu.storage.jooq.Tables.PLAN;
import static vn.socongvu.storage.jooq.Tables.PLAN_TARGET;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;

import vn.socongvu.audit.AuditAction;
import vn.socongvu.audit.AuditEntry;
import vn.socongvu.audit.AuditLog;
import vn.socongvu.audit.ReadScope;
import vn.socongvu.audit.RecordMerge;
import vn.socongvu.common.ValidationException;
import vn.socongvu.common.Validator;
import vn.socongvu.common.Years;
import vn.socongvu.directory.DirectoryService;
import vn.socongvu.directory.Unit;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.document.DocumentRegister;
import vn.socongvu.document.OfficialDocument;
import vn.socongvu.i18n.Messages;
import vn.socongvu.settings.SettingsService;
import vn.socongvu.storage.Database;
import vn.socongvu.task.TaskService;
import vn.socongvu.task.TaskState;
import vn.socongvu.text.VnFormat;
import vn.socongvu.text.VnText;
import vn.socongvu.trash.Trash;

/** Plans, their legal bases and targets; issuing with a number from the register; delete or archive. */
public final class PlanService {
    public static final String ENTITY = "plan";
    public static final String TARGET_ENTITY = "plan_target";
    /** The plan form's fields as the audit names them, for merging an edit conflict field by field. */
    public static final RecordMerge<Plan.Draft> MERGE = RecordMerge.of(Plan.Draft.class)
            .field("plan.field.year", "year")
            .field("plan.field.title", "title")
            .field("plan.field.legalBases", "legalBases")
            .field("plan.field.purposes", "purposes")
            .field("plan.field.recipients", "recipients")
            .field("plan.field.signer", "signerId");

    private final Database db;
    private final AuditLog audit;
    private final DocumentRegister register;
    private final TaskService tasks;
    private final SettingsService settings;
    private final DirectoryService directory;
    private final Trash trash;
    private final PlanRepository repo = new PlanRepository();

    public PlanService(Database db, AuditLog audit, DocumentRegister register, TaskService tasks,
                       SettingsService settings, DirectoryService directory,
                       Trash trash) {
        this.trash = trash;
        this.db = db;
        this.audit = audit;
        this.register = register;
        this.tasks = tasks;
        this.settings = settings;
        this.directory = directory;
    }

    /** The plans {@code reads} lets the account read, as a condition on {@code PLAN} (the header's search too). */
    public static Condition readable(ReadScope reads) {
        return PlanRepository.readable(reads);
    }

    /** Whether any plan the account may read is kept at all (any year, archived or not). */
    public boolean hasAny() {
        return db.dsl().fetchExists(PLAN, PlanRepository.readable(audit.reads()));
    }

    /**
     * Plans of a year (all years when null), newest first; archived ones only when asked. A unit's account reads the
     * plans its tasks come from.
     */
    public List<Plan> plans(Integer year, boolean includeArchived) {
        return repo.plans(db.dsl(), year, includeArchived, PlanRepository.readable(audit.reads()));
    }

    /** The years that have plans (archived ones included), newest first. */
    public List<Integer> years() {
        return repo.years(db.dsl());
    }

    /** A plan; one the account may not read (a unit's: none of its tasks come from it) is refused. */
    public Plan plan(long id) {
        Plan p = plan(db.dsl(), id);
        requireReadable(id);
        return p;
    }

    private Plan plan(DSLContext dsl, long id) {
        return repo.plan(dsl, id).orElseThrow(() -> ValidationException.of("id", "validation.notFound"));
    }

    private void requireReadable(long id) {
        if (!audit.reads().everything()
                && !db.dsl().fetchExists(PLAN, PLAN.ID.eq(id).and(PlanRepository.readable(audit.reads())))) {
            throw audit.reads().denied();
        }
    }

    /** The plan's newest audit id, taken by a form before it reads the plan (see {@code AuditLog.check}). */
    public long mark(long planId) {
        return audit.mark(db.dsl(), ENTITY, planId);
    }

    /** A plan as the draft that would save it unchanged. */
    public static Plan.Draft draft(Plan p) {
        return new Plan.Draft(p.id(), p.year(), p.title(), p.legalBases(), p.purposes(), p.recipients(), p.signerId());
    }

    /** Creates or updates a plan's text. @throws ValidationException naming the fields at fault */
    public Plan save(Plan.Draft d) {
        return save(d, null);
    }

    /**
     * Saves a plan the form loaded at {@code mark} (null: unchecked). @throws vn.socongvu.audit.EditConflictException
     * when someone changed the plan since
     */
    public Plan save(Plan.Draft d, Long mark) {
        String title = VnText.clean(d.title());
        List<String> bases = d.legalBases() == null ? List.of()
                : d.legalBases().stream().map(VnText::clean).filter(s -> s != null).toList();
        List<String> recipients = d.recipients() == null ? List.of()
                : d.recipients().stream().map(VnText::clean).filter(s -> s != null).toList();
        String purposes = d.purposes() == null ? null : d.purposes().strip();
        Validator v = new Validator()
                .required("title", title, "plan.error.titleRequired")
                .maxLength("title", title, 1000)
                .required("year", d.year(), "plan.error.yearRequired")
                .maxLength("purposes", purposes, 20000);
        if (d.year() != null) {
            v.check(Years.allowed(d.year()), "year", "plan.error.yearRequired");
        }
        bases.forEach(b -> v.maxLength("legalBases", b, 2000));
        v.throwIfAny();
        return db.tx(tx -> {
            if (d.id() != null) {
                audit.check(tx, PLAN.ID, d.id(), ENTITY, d.id(), mark);
            }
            Map<String, String> before = d.id() == null ? Map.of() : auditFields(plan(tx, d.id()));
            long id;
            if (d.id() == null) {
                id = repo.insert(tx, d.year(), title, bases, purposes, recipients, d.signerId());
            } else {
                id = d.id();
                repo.update(tx, id, d.year(), title, bases, purposes, recipients, d.signerId());
            }
            Plan after = plan(tx, id);
            audit.recordChanges(tx, ENTITY, id, d.id() == null ? AuditAction.CREATE : AuditAction.UPDATE, before,
                    auditFields(after));
            return after;
        });
    }

    /** A warning when {@code typed} is already given to another document of the year (see DocumentRegister). */
    public Optional<String> numberWarning(LocalDate date, String typed) {
        return date == null ? Optional.empty() : register.numberWarning(date.getYear(), DocumentKind.KE_HOACH, typed);
    }

    /** The number to propose when issuing this plan on {@code date}. */
    public int proposeNumber(LocalDate date) {
        return register.proposeNext(date.getYear(), DocumentKind.KE_HOACH);
    }

    /** Issues a draft: gives it its number from the register (refusing a duplicate) and its date. */
    public Plan issue(long planId, int number, LocalDate date) {
        new Validator().required("issuedOn", date, "plan.error.issuedOnRequired").throwIfAny();
        return db.tx(tx -> {
            audit.check(tx, PLAN.ID, planId, ENTITY, planId, null); // two clients issuing it at once: one number
            Plan p = plan(tx, planId);
            if (p.status() != PlanStatus.DRAFT) {
                throw ValidationException.of("number", "plan.error.alreadyIssued", p.number());
            }
            DocumentRegister.Entry e = register.register(date.getYear(), DocumentKind.KE_HOACH, number, p.title(),
                    date);
            repo.issue(tx, planId, e.id(), date);
            Plan after = plan(tx, planId);
            audit.recordChanges(tx, ENTITY, planId, AuditAction.UPDATE, auditFields(p), auditFields(after));
            return after;
        });
    }

    /** Marks an issued plan as no longer in force (hết hiệu lực), or in force again. */
    public Plan setExpired(long planId, boolean expired) {
        return db.tx(tx -> {
            audit.check(tx, PLAN.ID, planId, ENTITY, planId, null);
            Plan p = plan(tx, planId);
            if (p.status() == PlanStatus.DRAFT) {
                throw ValidationException.of("status", "plan.error.notIssued");
            }
            repo.setStatus(tx, planId, expired ? PlanStatus.EXPIRED : PlanStatus.ISSUED);
            Plan after = plan(tx, planId);
            audit.recordChanges(tx, ENTITY, planId, AuditAction.UPDATE, auditFields(p), auditFields(after));
            return after;
        });
    }

    public enum Removal { DELETED, ARCHIVED }

    /** Whether deleting this plan would destroy recorded work (then it is archived instead). */
    public boolean hasRecordedWork(long planId) {
        return repo.hasRecordedWork(db.dsl(), planId);
    }

    /**
     * Deletes a plan and its tasks; a plan whose tasks have recorded progress or completions is archived
     * instead (hidden from lists, kept with everything recorded), and an issued one keeps its number.
     */
    public Removal remove(long planId) {
        return remove(planId, null);
    }

    /**
     * {@link #remove(long)} of a plan the form loaded at {@code mark} (null: unchecked). The plan's row is locked
     * first: a task being added to it meanwhile is either in the trash's copy or refused.
     * @throws vn.socongvu.audit.EditConflictException when someone changed the plan since: the clerk is asked
     */
    public Removal remove(long planId, Long mark) {
        return db.tx(tx -> {
            audit.check(tx, PLAN.ID, planId, ENTITY, planId, mark);
            Plan p = plan(tx, planId);
            if (repo.hasRecordedWork(tx, planId) || p.status() != PlanStatus.DRAFT) {
                repo.setArchived(tx, planId, true);
                audit.record(tx, ENTITY, planId, AuditAction.DEACTIVATE);
                return Removal.ARCHIVED;
            }
            trash.keep(tx, Trash.Kind.PLAN, planId, p.title(), Map.of("plan", List.of(planId)));
            repo.deleteWithTasks(tx, planId);
            audit.recordChanges(tx, ENTITY, planId, AuditAction.DELETE, auditFields(p), Map.of());
            return Removal.DELETED;
        });
    }

    public void restore(long planId) {
        db.txRun(tx -> {
            audit.check(tx, PLAN.ID, planId, ENTITY, planId, null);
            repo.setArchived(tx, planId, false);
            audit.record(tx, ENTITY, planId, AuditAction.REACTIVATE);
        });
    }

    // ---- targets ----

    public List<Target> targets(long planId) {
        return repo.targets(db.dsl(), planId);
    }

    public Target saveTarget(Target.Draft d) {
        String desc = VnText.clean(d.description());
        String unit = VnText.clean(d.unit());
        Validator v = new Validator()
                .required("description", desc, "target.error.descriptionRequired")
                .maxLength("description", desc, 1000)
                .required("comparison", d.comparison(), "target.error.comparisonRequired")
                .required("value", d.value(), "target.error.valueRequired")
                .maxLength("unit", unit, 40)
                .required("measure", d.measure(), "target.error.measureRequired");
        if (d.value() != null && (d.value() < 0 || d.value() > 1_000_000_000)) {
            v.add("value", "target.error.valueRequired");
        }
        if (d.measure() != null && d.measure() != Measure.MANUAL && d.value() != null && d.value() > 100) {
            v.add("value", "target.error.percentOver100");
        }
        v.throwIfAny();
        return db.tx(tx -> {
            long id;
            Map<String, String> before = Map.of();
            if (d.id() == null) {
                if (!AuditLog.lock(tx, PLAN.ID, d.planId())) {
                    throw ValidationException.of("description", "target.error.planGone");
                }
                id = repo.insertTarget(tx, d.planId(), desc, d.comparison(), d.value(), unit, d.measure());
            } else {
                id = d.id();
                AuditLog.lock(tx, PLAN_TARGET.ID, id);
                before = targetAudit(repo.target(tx, id).filter(t -> t.planId() == d.planId())
                        .orElseThrow(() -> ValidationException.of("id", "validation.notFound")));
                repo.updateTarget(tx, id, desc, d.comparison(), d.value(), unit, d.measure());
            }
            Target t = repo.target(tx, id).orElseThrow();
            audit.recordChanges(tx, TARGET_ENTITY, id, d.id() == null ? AuditAction.CREATE : AuditAction.UPDATE, before,
                    targetAudit(t));
            return t;
        });
    }

    public void deleteTarget(long targetId) {
        db.txRun(tx -> {
            AuditLog.lock(tx, PLAN_TARGET.ID, targetId); // then read: another client's delete or edit came first
            // The trash names the plan too: a target alone ("100% đúng hạn") does not say which plan it was in.
            String text = repo.targetInPlan(tx, targetId)
                    .map(t -> Messages.get("trash.title.target", t.description(), t.planTitle()))
                    .orElseThrow(() -> ValidationException.of("id", "validation.notFound"));
            trash.keep(tx, Trash.Kind.TARGET, targetId, text, Map.of("plan_target", List.of(targetId)));
            repo.deleteTarget(tx, targetId);
            audit.record(tx, TARGET_ENTITY, targetId, AuditAction.DELETE);
        });
    }

    /** The clerk's figure for a MANUAL target in a period ("2026", "2026-Q3"). */
    public void enterValue(long targetId, String period, Double value) {
        new Validator().required("enteredValue", value, "target.error.valueRequired").throwIfAny();
        db.txRun(tx -> {
            if (!AuditLog.lock(tx, PLAN_TARGET.ID, targetId)) {
                throw ValidationException.of("enteredValue", "validation.notFound");
            }
            Optional<Double> old = repo.enteredValue(tx, targetId, period);
            repo.setEnteredValue(tx, targetId, period, value);
            audit.recordChanges(tx, TARGET_ENTITY, targetId, AuditAction.UPDATE,
                    Map.of("target.field.enteredValue", old.map(b -> period + ": " + VnFormat.number(b, 2))
                            .orElse("")),
                    Map.of("target.field.enteredValue", period + ": " + VnFormat.number(value, 2)));
        });
    }

    /**
     * Where each target of a plan stands as of {@code asOf}: computed from the plan's task occurrences due
     * by then, or the clerk's value for {@code period}. (The periodic report measures the same targets on its
     * own window instead, and its TTHC targets on its TTHC figures: see {@link Target.Indicator}.)
     */
    public List<Target.Standing> standings(long planId, LocalDate asOf, String period) {
        return standings(List.of(planId), asOf, period).getOrDefault(planId, List.of());
    }

    /**
     * The standings of the targets of several plans, by plan (plans without targets are absent), read in three
     * queries whatever their number.
     */
    public Map<Long, List<Target.Standing>> standings(Collection<Long> planIds, LocalDate asOf, String period) {
        if (planIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Target>> targets = targetsOf(planIds);
        Map<Long, Double> entered = enteredValues(targets, period);
        Map<Long, List<TaskState>> due = tasks.statesDueBy(targets.keySet(), asOf);
        Map<Long, List<Target.Standing>> out = new LinkedHashMap<>();
        targets.forEach((planId, ts) -> {
            List<TaskState> counted = due.getOrDefault(planId, List.of()).stream().filter(TaskState::counted).toList();
            long onTime = counted.stream().filter(st -> st == TaskState.DONE_ON_TIME).count();
            long done = counted.stream().filter(TaskState::done).count();
            out.put(planId, ts.stream().map(t -> switch (t.measure()) {
                case TASKS_ON_TIME -> t.standing(counted.isEmpty() ? null : 100.0 * onTime / counted.size(),
                        Messages.get("target.basis.tasks", onTime, counted.size(), VnFormat.date(asOf)));
                case TASKS_DONE -> t.standing(counted.isEmpty() ? null : 100.0 * done / counted.size(),
                        Messages.get("target.basis.tasks", done, counted.size(), VnFormat.date(asOf)));
                case MANUAL -> {
                    Double v = entered.get(t.id());
                    yield t.standing(v, Messages.get(v == null && t.indicator().tthc() ? "target.basis.tthcReport"
                            : "target.basis.manual", period));
                }
            }).toList());
        });
        return out;
    }

    /** The targets of several plans, by plan in the order asked (plans without targets are absent). */
    public Map<Long, List<Target>> targetsOf(Collection<Long> planIds) {
        return planIds.isEmpty() ? Map.of() : repo.targets(db.dsl(), planIds);
    }

    /** The clerk's values for {@code period} of those of these targets that are entered (by target id). */
    public Map<Long, Double> enteredValues(Map<Long, List<Target>> targets, String period) {
        List<Long> manual = targets.values().stream().flatMap(List::stream)
                .filter(t -> t.measure() == Measure.MANUAL).map(Target::id).toList();
        return manual.isEmpty() ? Map.of() : repo.enteredValues(db.dsl(), manual, period);
    }

    /**
     * The plans issued (given their number and date) from {@code from} to {@code to}, whatever year they are
     * for: a plan for next year issued on 12/12 is one of this year's; archived plans left out. By date of issue.
     */
    public List<Plan> issuedBetween(LocalDate from, LocalDate to) {
        return repo.issuedBetween(db.dsl(), from, to);
    }

    /** The plan as a KẾ HOẠCH document (for the preview, printing and Word). */
    public OfficialDocument document(long planId) {
        Plan p = plan(planId);
        var identity = settings.identity().orElseThrow(() -> ValidationException.of("id", "settings.error.notSetUp"));
        var signer = p.signerId() == null ? null
                : settings.signers().stream().filter(x -> x.id() == p.signerId()).findFirst().orElse(null);
        return PlanDocument.build(p, targets(planId), tasks.planTasks(planId), identity, signer,
                id -> directory.unit(id).map(Unit::name).orElse(""), settings.calendar());
    }

    public List<AuditEntry> history(long planId) {
        requireReadable(planId);
        return audit.history(db.dsl(), ENTITY, planId);
    }

    private Map<String, String> auditFields(Plan p) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("plan.field.number", p.number());
        m.put("plan.field.issuedOn", VnFormat.date(p.issuedOn()));
        m.put("plan.field.year", Integer.toString(p.year()));
        m.put("plan.field.title", p.title());
        m.put("plan.field.legalBases", String.join("\n", p.legalBases()));
        m.put("plan.field.purposes", p.purposes());
        m.put("plan.field.recipients", String.join("\n", p.recipients()));
        m.put("plan.field.signer", p.signerId() == null ? null : settings.signers().stream()
                .filter(x -> x.id() == p.signerId()).map(x -> x.fullName() + ", " + x.title()).findFirst()
                .orElse("#" + p.signerId()));
        m.put("plan.field.status", p.status().label());
        return m;
    }

    private static Map<String, String> targetAudit(Target t) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("target.field.description", t.description());
        m.put("target.field.goal", t.goal());
        m.put("target.field.measure", t.measure().label());
        return m;
    }
}
