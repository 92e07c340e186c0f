package vn.socongvu.evaluation;

import static vn.socongvu.storage.jooq.Tables.EVALUATION_CASE;
import static vn.socongvu.storage.jooq.Tables.STAFF;
import static vn.socongvu.storage.jooq.Tables.TASK;
import static vn.socongvu.storage.jooq.Tables.TASK_OCCURRENCE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.jooq.DSLContext;

import vn.socongvu.audit.AuditAction;
import vn.socongvu.audit.AuditEntry;
import vn.socongvu.audit.AuditLog;
import vn.socongvu.audit.ReadArea;
import vn.socongvu.common.ValidationException;
import vn.socongvu.common.Validator;
import vn.socongvu.directory.StaffCategory;
import vn.socongvu.i18n.Messages;
import vn.socongvu.storage.Database;
import vn.socongvu.task.TaskService;
import vn.socongvu.task.TaskSource;
import vn.socongvu.text.VnFormat;
import vn.socongvu.text.VnText;

/**
 * The evaluation of civil servants (Nghị định 335/2025): a period's sheet and the year read in one snapshot, and the
 * assessor's inputs — weights, quality marks, exemptions, general criteria, legal cases, the settings — each written
 * in one transaction with its audit rows. The scoring itself: {@link EvaluationRules}.
 * <p>
 * History: a task's weight and its occurrences' marks are written in the task's history (entity
 * {@link TaskService#ENTITY}); the general criteria in the person's history of the period (entity
 * "evaluation/2026-Q3", the person's id), the legal cases in the person's history of the year
 * ("evaluation/2026"): {@link #history}.
 */
public final class EvaluationService {
    public static final String ENTITY = "evaluation";
    public static final double MAX_WEIGHT = 10;
    public static final int MAX_FAILURES = 4;
    private static final double EPSILON = 1e-6;

    private final Database db;
    private final AuditLog audit;
    private final Supplier<LocalDate> today;
    private final EvaluationRepository repo = new EvaluationRepository();

    public EvaluationService(Database db, AuditLog audit, Supplier<LocalDate> today) {
        this.db = db;
        this.audit = audit;
        this.today = today;
    }

    /** The day the sheets are judged on (tests fix it). */
    public LocalDate today() {
        return today.get();
    }

    /** Everyone evaluated in a month or quarter, in a unit or the whole UBND (null), as of today. */
    public EvaluationSheet sheet(EvaluationPeriod p, Long unitId) {
        audit.reads().require(ReadArea.EVALUATION);
        if (p.kind() == EvaluationPeriod.Kind.YEAR) {
            throw new IllegalArgumentException("a sheet is of a month or a quarter: " + p);
        }
        LocalDate asOf = today();
        return read(dsl -> {
            EvaluationSettings s = settings(dsl);
            EvaluationRules.Inputs in = inputs(dsl, s, p.start(), p.end(), p.year(), unitId);
            return EvaluationRules.sheet(p, unitId, asOf, in);
        });
    }

    /**
     * Everyone's year from the months or quarters of the settings' cycle that have begun by today (a month's or
     * quarter's sheet each, from one read of the year).
     */
    public YearSheet year(int year, Long unitId) {
        audit.reads().require(ReadArea.EVALUATION);
        LocalDate asOf = today();
        return read(dsl -> {
            EvaluationSettings s = settings(dsl);
            EvaluationPeriod whole = EvaluationPeriod.year(year);
            EvaluationRules.Inputs in = inputs(dsl, s, whole.start(), whole.end(), year, unitId);
            List<EvaluationSheet> parts = new ArrayList<>();
            for (EvaluationPeriod part : whole.parts(s.cycle())) {
                if (!part.start().isAfter(asOf)) {
                    parts.add(EvaluationRules.sheet(part, unitId, asOf, in));
                }
            }
            return EvaluationRules.year(year, unitId, s.cycle(), parts, in.people(), in);
        });
    }

    /**
     * A read in one snapshot; inside a caller's transaction (the demo generator), in that transaction, so that it
     * sees what the transaction wrote.
     */
    private <T> T read(Function<DSLContext, T> work) {
        return db.inTransaction() ? work.apply(db.dsl()) : db.readSnapshot(work);
    }

    private EvaluationRules.Inputs inputs(DSLContext dsl, EvaluationSettings s, LocalDate from, LocalDate to,
                                          int year, Long unitId) {
        return new EvaluationRules.Inputs(s, repo.people(dsl, s.evaluated(), unitId), repo.occurrences(dsl, from, to),
                repo.general(dsl, year), repo.discipline(dsl, year), repo.cases(dsl, year));
    }

    /** The agency's choices, the defaults where none was saved. */
    public EvaluationSettings settings() {
        return settings(db.dsl());
    }

    private EvaluationSettings settings(DSLContext dsl) {
        Map<String, String> m = repo.settings(dsl);
        EvaluationSettings d = EvaluationSettings.defaults();
        EvaluationPeriod.Kind cycle = "MONTH".equals(m.get("cycle")) ? EvaluationPeriod.Kind.MONTH : d.cycle();
        Map<TaskSource, Double> weights = new EnumMap<>(TaskSource.class);
        for (TaskSource src : TaskSource.values()) {
            weights.put(src, number(m.get("weight." + src.name()), d.weightOf(src), EPSILON, MAX_WEIGHT));
        }
        Set<StaffCategory> evaluated = d.evaluated();
        String e = m.get("evaluated");
        if (e != null) {
            Set<StaffCategory> read = EnumSet.noneOf(StaffCategory.class);
            for (String name : e.split(",")) {
                for (StaffCategory c : StaffCategory.values()) {
                    if (c.name().equals(name.strip())) {
                        read.add(c);
                    }
                }
            }
            if (!read.isEmpty()) {
                evaluated = read;
            }
        }
        double own = number(m.get("leaderOwnShare"), d.leaderOwnShare(), 0, 1);
        double unit = number(m.get("leaderUnitShare"), d.leaderUnitShare(), 0, 1);
        double organising = number(m.get("leaderOrganisingShare"), d.leaderOrganisingShare(), 0, 1);
        if (Math.abs(own + unit + organising - 1) > EPSILON) {
            own = d.leaderOwnShare();
            unit = d.leaderUnitShare();
            organising = d.leaderOrganisingShare();
        }
        return new EvaluationSettings(cycle, weights, own, unit, organising,
                number(m.get("excellentCeiling"), d.excellentCeiling(), 0, 1), evaluated);
    }

    /** A stored number in [min, max], else the default (a value a form could not have saved). */
    private static double number(String text, double fallback, double min, double max) {
        if (text == null) {
            return fallback;
        }
        try {
            double v = Double.parseDouble(text);
            return v >= min && v <= max ? v : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /**
     * Saves the agency's choices. Fields: "cycle" (MONTH or QUARTER), "weight.PLAN" … (0 &lt; w ≤ 10),
     * "leaderOwnShare", "leaderUnitShare", "leaderOrganisingShare" (each 0..1; "leaderShares" when they do not sum
     * to 1), "excellentCeiling" (0..1), "evaluated" (at least one category).
     */
    public void saveSettings(EvaluationSettings s) {
        Validator v = new Validator();
        v.check(s.cycle() == EvaluationPeriod.Kind.MONTH || s.cycle() == EvaluationPeriod.Kind.QUARTER, "cycle",
                "evaluation.error.cycle");
        for (TaskSource src : TaskSource.values()) {
            double w = s.weightOf(src);
            v.check(w > 0 && w <= MAX_WEIGHT, "weight." + src.name(), "evaluation.error.weight");
        }
        v.check(share(s.leaderOwnShare()), "leaderOwnShare", "evaluation.error.share");
        v.check(share(s.leaderUnitShare()), "leaderUnitShare", "evaluation.error.share");
        v.check(share(s.leaderOrganisingShare()), "leaderOrganisingShare", "evaluation.error.share");
        v.check(Math.abs(s.leaderOwnShare() + s.leaderUnitShare() + s.leaderOrganisingShare() - 1) <= EPSILON,
                "leaderShares", "evaluation.error.shares");
        v.check(share(s.excellentCeiling()), "excellentCeiling", "evaluation.error.ceiling");
        v.check(!s.evaluated().isEmpty(), "evaluated", "evaluation.error.evaluated");
        v.throwIfAny();
        db.txRun(tx -> {
            Map<String, String> before = settingsFields(settings(tx));
            Map<String, String> raw = new LinkedHashMap<>();
            raw.put("cycle", s.cycle().name());
            for (TaskSource src : TaskSource.values()) {
                raw.put("weight." + src.name(), Double.toString(s.weightOf(src)));
            }
            raw.put("leaderOwnShare", Double.toString(s.leaderOwnShare()));
            raw.put("leaderUnitShare", Double.toString(s.leaderUnitShare()));
            raw.put("leaderOrganisingShare", Double.toString(s.leaderOrganisingShare()));
            raw.put("excellentCeiling", Double.toString(s.excellentCeiling()));
            raw.put("evaluated", s.evaluated().stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
            raw.forEach((k, val) -> repo.putSetting(tx, k, val));
            audit.recordChanges(tx, ENTITY, null, AuditAction.UPDATE, before, settingsFields(s));
        });
    }

    private static boolean share(double x) {
        return x >= 0 && x <= 1;
    }

    private static Map<String, String> settingsFields(EvaluationSettings s) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("evaluation.field.cycle", Messages.get(s.cycle() == EvaluationPeriod.Kind.MONTH
                ? "evaluation.cycle.month" : "evaluation.cycle.quarter"));
        m.put("evaluation.field.weightPlan", VnFormat.number(s.weightOf(TaskSource.PLAN), 2));
        m.put("evaluation.field.weightMeeting", VnFormat.number(s.weightOf(TaskSource.MEETING), 2));
        m.put("evaluation.field.weightInstruction", VnFormat.number(s.weightOf(TaskSource.INSTRUCTION), 2));
        m.put("evaluation.field.weightInspection", VnFormat.number(s.weightOf(TaskSource.INSPECTION), 2));
        m.put("evaluation.field.leaderShares", VnFormat.number(s.leaderOwnShare() * 100, 1) + " / "
                + VnFormat.number(s.leaderUnitShare() * 100, 1) + " / "
                + VnFormat.number(s.leaderOrganisingShare() * 100, 1));
        m.put("evaluation.field.excellentCeiling", VnFormat.number(s.excellentCeiling() * 100, 1) + " %");
        m.put("evaluation.field.evaluated", s.evaluated().stream().sorted().map(StaffCategory::label)
                .collect(Collectors.joining(", ")));
        return m;
    }

    /** A task's own weight (quy đổi); null: back to its source's weight. Field "weight": 0 &lt; w ≤ 10. */
    public void setTaskWeight(long taskId, Double weight) {
        if (weight != null && !(weight > 0 && weight <= MAX_WEIGHT)) {
            throw ValidationException.of("weight", "evaluation.error.weight");
        }
        db.txRun(tx -> {
            if (!AuditLog.lock(tx, TASK.ID, taskId)) { // locked: two clients weighing it at once follow each other
                throw ValidationException.of("id", "validation.notFound");
            }
            Double before = repo.taskWeight(tx, taskId).orElse(null);
            repo.setTaskWeight(tx, taskId, weight);
            audit.recordChanges(tx, TaskService.ENTITY, taskId, AuditAction.UPDATE,
                    weightField(before), weightField(weight));
        });
    }

    private static Map<String, String> weightField(Double w) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("evaluation.field.weight", w == null ? null : VnFormat.number(w, 2));
        return m;
    }

    /**
     * The failed quality assessments of a completed product, with the reason; 0 clears the mark. Fields:
     * "failedAssessments" (0–4; the product completed), "reason" (required when &gt; 0).
     */
    public void markQuality(long occurrenceId, int failedAssessments, String reason) {
        String r = VnText.clean(reason);
        Validator v = new Validator();
        v.check(failedAssessments >= 0 && failedAssessments <= MAX_FAILURES, "failedAssessments",
                "evaluation.error.failures", MAX_FAILURES);
        if (failedAssessments > 0) {
            v.required("reason", r, "evaluation.error.reasonRequired");
        }
        v.maxLength("reason", r, 2000);
        v.throwIfAny();
        db.txRun(tx -> {
            EvaluationRepository.OccurrenceFacts o = completedOccurrence(tx, occurrenceId, "failedAssessments");
            changeMark(tx, o, before -> new EvaluationRules.Mark(failedAssessments, failedAssessments == 0 ? null : r,
                    before.qualityExemption(), before.delayExemption()));
        });
    }

    /** An objective cause for a product's quality failures; null removes it. Fields as {@link #exemptDelay}. */
    public void exemptQuality(long occurrenceId, Exemption e) {
        Exemption x = checked(e);
        db.txRun(tx -> {
            EvaluationRepository.OccurrenceFacts o = completedOccurrence(tx, occurrenceId, "reason");
            changeMark(tx, o, before -> new EvaluationRules.Mark(before.qualityFailures(), before.qualityReason(), x,
                    before.delayExemption()));
        });
    }

    /**
     * An objective cause for a product's delay; null removes it. Fields: "reason" (required), "confirmedBy"
     * (required), "confirmedOn" (required, not after today); the product completed (and, for a delay, late).
     */
    public void exemptDelay(long occurrenceId, Exemption e) {
        Exemption x = checked(e);
        db.txRun(tx -> {
            EvaluationRepository.OccurrenceFacts o = completedOccurrence(tx, occurrenceId, "reason");
            if (x != null && o.dueOn() != null && !o.completedOn().isAfter(o.dueOn())) {
                throw ValidationException.of("reason", "evaluation.error.notLate");
            }
            changeMark(tx, o, before -> new EvaluationRules.Mark(before.qualityFailures(), before.qualityReason(),
                    before.qualityExemption(), x));
        });
    }

    /** A product's mark changed in the caller's transaction, with its audit row on the task. */
    private void changeMark(DSLContext tx, EvaluationRepository.OccurrenceFacts o,
                            UnaryOperator<EvaluationRules.Mark> change) {
        EvaluationRules.Mark before = repo.mark(tx, o.occurrenceId());
        EvaluationRules.Mark after = change.apply(before);
        repo.saveMark(tx, o.occurrenceId(), after);
        audit.recordChanges(tx, TaskService.ENTITY, o.taskId(), AuditAction.UPDATE, markFields(o, before),
                markFields(o, after));
    }

    private Exemption checked(Exemption e) {
        if (e == null) {
            return null;
        }
        Exemption x = new Exemption(VnText.clean(e.reason()), VnText.clean(e.confirmedBy()), e.confirmedOn());
        Validator v = new Validator();
        v.required("reason", x.reason(), "evaluation.error.reasonRequired");
        v.maxLength("reason", x.reason(), 2000);
        v.required("confirmedBy", x.confirmedBy(), "evaluation.error.confirmedByRequired");
        v.maxLength("confirmedBy", x.confirmedBy(), 120);
        v.required("confirmedOn", x.confirmedOn(), "evaluation.error.dateRequired");
        if (x.confirmedOn() != null) {
            v.check(!x.confirmedOn().isAfter(today()), "confirmedOn", "evaluation.error.future");
        }
        v.throwIfAny();
        return x;
    }

    private EvaluationRepository.OccurrenceFacts completedOccurrence(DSLContext tx, long occurrenceId, String field) {
        // locked, then read: a quality mark and a delay exemption made at once on two PCs both stand (one row holds
        // both), and a reopening under way comes first
        AuditLog.lock(tx, TASK_OCCURRENCE.ID, occurrenceId);
        EvaluationRepository.OccurrenceFacts o = repo.occurrence(tx, occurrenceId)
                .orElseThrow(() -> ValidationException.of("id", "validation.notFound"));
        if (o.completedOn() == null) {
            throw ValidationException.of(field, "evaluation.error.notCompleted");
        }
        return o;
    }

    private static Map<String, String> markFields(EvaluationRepository.OccurrenceFacts o, EvaluationRules.Mark m) {
        String due = o.dueOn() == null ? "" : VnFormat.date(o.dueOn());
        Map<String, String> f = new LinkedHashMap<>();
        f.put("evaluation.field.quality", m.qualityFailures() == 0 ? null
                : Messages.get("evaluation.audit.quality", m.qualityFailures(), m.qualityReason(), due));
        f.put("evaluation.field.qualityExemption", exemptionText(m.qualityExemption(), due));
        f.put("evaluation.field.delayExemption", exemptionText(m.delayExemption(), due));
        return f;
    }

    private static String exemptionText(Exemption e, String due) {
        return e == null ? null : Messages.get("evaluation.audit.exemption", e.reason(), e.confirmedBy(),
                VnFormat.date(e.confirmedOn()), due);
    }

    /**
     * The general criteria of a person for a month or quarter; null clears them. Fields: "politics", "ethics",
     * "discipline", "culture", "citizens", "innovation" (each 0–5), "note", "assessedBy" (required), "assessedOn"
     * (required, not after today).
     */
    public void saveGeneral(long staffId, EvaluationPeriod p, GeneralCriteria g) {
        if (p.kind() == EvaluationPeriod.Kind.YEAR) {
            throw ValidationException.of("period", "evaluation.error.periodKind");
        }
        GeneralCriteria c = g == null ? null : new GeneralCriteria(g.politics(), g.ethics(), g.discipline(),
                g.culture(), g.citizens(), g.innovation(), VnText.clean(g.note()), VnText.clean(g.assessedBy()),
                g.assessedOn());
        if (c != null) {
            Validator v = new Validator();
            criterion(v, "politics", c.politics());
            criterion(v, "ethics", c.ethics());
            criterion(v, "discipline", c.discipline());
            criterion(v, "culture", c.culture());
            criterion(v, "citizens", c.citizens());
            criterion(v, "innovation", c.innovation());
            v.maxLength("note", c.note(), 2000);
            v.required("assessedBy", c.assessedBy(), "evaluation.error.assessedByRequired");
            v.maxLength("assessedBy", c.assessedBy(), 120);
            v.required("assessedOn", c.assessedOn(), "evaluation.error.dateRequired");
            if (c.assessedOn() != null) {
                v.check(!c.assessedOn().isAfter(today()), "assessedOn", "evaluation.error.future");
            }
            v.throwIfAny();
        }
        db.txRun(tx -> {
            if (!AuditLog.lock(tx, STAFF.ID, staffId)) { // locked: two clients assessing them at once follow each other
                throw ValidationException.of("id", "validation.notFound");
            }
            GeneralCriteria before = repo.general(tx, staffId, p).orElse(null);
            if (c == null) {
                repo.deleteGeneral(tx, staffId, p);
            } else {
                repo.saveGeneral(tx, staffId, p, c);
            }
            audit.recordChanges(tx, entity(p), staffId, before == null ? AuditAction.CREATE
                    : c == null ? AuditAction.DELETE : AuditAction.UPDATE, generalFields(before), generalFields(c));
        });
    }

    private static void criterion(Validator v, String field, double value) {
        v.check(value >= 0 && value <= GeneralCriteria.CRITERION_MAX
                && Math.abs(value * 10 - Math.rint(value * 10)) < EPSILON, field, "evaluation.error.criterion");
    }

    private static Map<String, String> generalFields(GeneralCriteria g) {
        Map<String, String> m = new LinkedHashMap<>();
        if (g == null) {
            return m;
        }
        m.put("evaluation.field.politics", VnFormat.number(g.politics(), 1));
        m.put("evaluation.field.ethics", VnFormat.number(g.ethics(), 1));
        m.put("evaluation.field.discipline", VnFormat.number(g.discipline(), 1));
        m.put("evaluation.field.culture", VnFormat.number(g.culture(), 1));
        m.put("evaluation.field.citizens", VnFormat.number(g.citizens(), 1));
        m.put("evaluation.field.innovation", VnFormat.number(g.innovation(), 1));
        m.put("evaluation.field.note", g.note());
        m.put("evaluation.field.assessedBy", g.assessedBy());
        m.put("evaluation.field.assessedOn", VnFormat.date(g.assessedOn()));
        return m;
    }

    /** The audit's name for a person's evaluation in a period: "evaluation/2026-Q3", "evaluation/2026". */
    static String entity(EvaluationPeriod p) {
        return ENTITY + "/" + p.code();
    }

    /**
     * Records a legal case that makes the person "không hoàn thành" for the year. Fields: "description" (required),
     * "reference", "year" (2000–2100).
     */
    public LegalCase addCase(long staffId, int year, String description, String reference) {
        String d = VnText.clean(description);
        String r = VnText.clean(reference);
        Validator v = new Validator();
        v.required("description", d, "evaluation.error.descriptionRequired");
        v.maxLength("description", d, 2000);
        v.maxLength("reference", r, 300);
        v.check(year >= 2000 && year <= 2100, "year", "evaluation.error.year");
        v.throwIfAny();
        LocalDate on = today();
        return db.tx(tx -> {
            if (!AuditLog.lock(tx, STAFF.ID, staffId)) { // locked: two clients assessing them at once follow each other
                throw ValidationException.of("id", "validation.notFound");
            }
            long id = repo.insertCase(tx, staffId, year, d, r, audit.actor(), on);
            LegalCase c = repo.legalCase(tx, id).orElseThrow();
            audit.recordChanges(tx, entity(EvaluationPeriod.year(year)), staffId, AuditAction.CREATE, Map.of(),
                    caseFields(c));
            return c;
        });
    }

    public void removeCase(long caseId) {
        db.txRun(tx -> {
            AuditLog.lock(tx, EVALUATION_CASE.ID, caseId); // removed on two PCs at once: the second is not found
            LegalCase c = repo.legalCase(tx, caseId)
                    .orElseThrow(() -> ValidationException.of("id", "validation.notFound"));
            repo.deleteCase(tx, caseId);
            audit.recordChanges(tx, entity(EvaluationPeriod.year(c.year())), c.staffId(), AuditAction.DELETE,
                    caseFields(c), Map.of());
        });
    }

    private static Map<String, String> caseFields(LegalCase c) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("evaluation.field.case", c.description());
        m.put("evaluation.field.reference", c.reference());
        return m;
    }

    /**
     * The history of a person's evaluation in a period: the general criteria of the period and the legal cases of
     * its year, newest first (the weights and marks are in each task's history).
     */
    public List<AuditEntry> history(long staffId, EvaluationPeriod p) {
        audit.reads().require(ReadArea.EVALUATION);
        DSLContext dsl = db.dsl();
        List<AuditEntry> all = new ArrayList<>(audit.history(dsl, entity(p), staffId));
        if (p.kind() != EvaluationPeriod.Kind.YEAR) {
            all.addAll(audit.history(dsl, entity(EvaluationPeriod.year(p.year())), staffId));
        }
        all.sort(Comparator.comparing(AuditEntry::at).thenComparing(AuditEntry::id).reversed());
        return all;
    }

    /**
     * The periods of the settings' cycle, newest first, from the current one back to the first year with
     * products or general criteria.
     */
    public List<EvaluationPeriod> periodsWithData() {
        audit.reads().require(ReadArea.EVALUATION);
        EvaluationSettings s = settings();
        LocalDate now = today();
        List<Integer> years = repo.yearsWithData(db.dsl());
        int first = years.isEmpty() ? now.getYear() : Math.min(now.getYear(), years.getLast());
        List<EvaluationPeriod> out = new ArrayList<>();
        EvaluationPeriod p = EvaluationPeriod.containing(now, s.cycle());
        while (p.year() >= first) {
            out.add(p);
            p = p.previous();
        }
        return out;
    }

    /** For tests and the demo: the legal cases of a person and year. */
    public List<LegalCase> cases(long staffId, int year) {
        audit.reads().require(ReadArea.EVALUATION);
        return repo.cases(db.dsl(), year).getOrDefault(staffId, List.of()).stream()
                .filter(c -> Objects.equals(c.staffId(), staffId)).toList();
    }

    /** The general criteria entered for a person and period, or null. */
    public GeneralCriteria general(long staffId, EvaluationPeriod p) {
        audit.reads().require(ReadArea.EVALUATION);
        return repo.general(db.dsl(), staffId, p).orElse(null);
    }

    /** A task's own weight, or null when it takes its source's. */
    public Double taskWeight(long taskId) {
        return repo.taskWeight(db.dsl(), taskId).orElse(null);
    }
}
