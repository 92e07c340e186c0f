package vn.socongvu.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.socongvu.i18n.Messages;
import vn.socongvu.inspection.DisciplineMeasure;
import vn.socongvu.task.TaskSource;
import vn.socongvu.text.VnFormat;

/**
 * The scoring of Nghị định 335/2025 as this app reads it (docs/evaluation.md gives the reasons and the articles):
 * a pure function of the period's occurrences and the assessor's inputs.
 *
 * <h2>Products</h2>
 * A person's products in a period P are the occurrences of the tasks they lead ({@code task.lead_staff_id}) —
 * not section headings, not paused or cancelled tasks (the repository leaves those out) — that are
 * <ul>
 * <li>due in P, or</li>
 * <li>carried over: due before P's start and not completed before it.</li>
 * </ul>
 * An ongoing task (no due date) gives no product. A period not yet over is judged as of the day of judging: a
 * product due after that day and not completed by it is not counted yet. Weight: the task's own, else its
 * source's (settings), else 1.
 *
 * <h2>Task results (70 points)</h2>
 * A product is completed when completed on or before P's end (and the day of judging); on time when completed on
 * or before its due date. Over the products, each weighted (W = Σ weight):
 * <ul>
 * <li>quantity a = 100 · Σ w (completed) / W;</li>
 * <li>quality b = 100 · Σ w · max(0, 1 − 0.25 k) (completed) / W, k the failed quality assessments (0 when an
 * objective cause is confirmed);</li>
 * <li>progress c = 100 · Σ w · p (completed) / W, p = 1 on time, 0.75 late unless the delay is exempted.</li>
 * </ul>
 * The task-result points are 70 · (a + b + c) / 300. A leader's are 70 · (own · (a+b+c)/3 + unit · d +
 * organising · e) / 100 with the shares of the settings (default 0.6, 0.2, 0.2): d = 100 when no other evaluated
 * non-leader of the unit is "không hoàn thành" in P, else 50; e = the unit's own (a+b+c)/3 over the occurrences
 * the unit leads ({@code task.lead_unit_id}). A leader without products of their own takes e in their place; a
 * unit without products takes the leader's own figure for e.
 * <p>
 * A person with no product in P: the task-result points are the general criteria scaled to 70
 * (generalPoints · 70 / 30): the assessor's judgement of the period stands for the whole. With neither products
 * nor general criteria (and no forcing fact) the person is not rated in P.
 *
 * <h2>Total and rating</h2>
 * total = general criteria (of 30, 0 while not entered) + task results (of 70); judged at one decimal
 * ({@link Rating#of}). The rating is "không hoàn thành" whatever the points when, in P's year, a disciplinary
 * measure (khiển trách or heavier, not an in-house step) was decided on or before P's end, or the assessor
 * recorded a legal case for the person and year.
 *
 * <h2>Ceiling</h2>
 * In each unit and group (leaders, others), "xuất sắc" may be at most floor(ceiling · "tốt") (default ceiling
 * 20 %); more gives a {@link CeilingWarning}. The ratings stay as computed: the assessor decides whom to lower.
 *
 * <h2>Year</h2>
 * The mean of the totals of the cycle's months or quarters of the year in which the person was rated (parts not
 * yet begun on the day of judging are left out); its rating, forced as above by any measure decided in the year
 * or a legal case of the year.
 */
public final class EvaluationRules {
    /** One failed assessment or one delay: 25 % of the product's points for that criterion. */
    public static final double DEDUCTION = 0.25;
    public static final double TASK_MAX = 70;
    public static final double GENERAL_MAX = 30;

    private EvaluationRules() {
    }

    /** Rounded half up to one decimal, as totals are shown and judged. */
    public static double round1(double v) {
        return Math.round(v * 10.0) / 10.0;
    }

    /** One evaluated person as the rules need them. */
    public record Person(long staffId, String fullName, String jobTitle, long unitId, String unitName,
            boolean leader) {
    }

    /** What the assessor recorded on one occurrence; {@link #NONE} when nothing. */
    public record Mark(int qualityFailures, String qualityReason, Exemption qualityExemption,
            Exemption delayExemption) {
        public static final Mark NONE = new Mark(0, null, null, null);
    }

    /**
     * One occurrence of a task that counts (not a heading, not paused or cancelled).
     * @param taskWeight the task's own weight, null for its source's
     */
    public record Occurrence(long occurrenceId, long taskId, String content, String planTitle, TaskSource source,
            Long leadStaffId, Long leadUnitId, LocalDate dueOn, LocalDate completedOn, String result,
            Double taskWeight, Mark mark) {
    }

    /** Everything a period's sheet is computed from. */
    public record Inputs(EvaluationSettings settings, List<Person> people, List<Occurrence> occurrences,
            Map<Long, Map<EvaluationPeriod, GeneralCriteria>> general, Map<Long, List<DisciplineFact>> discipline,
            Map<Long, List<LegalCase>> cases) {
    }

    /** The weighted figures of a set of products. */
    public record Figures(double assigned, double completed, double completedOnTime, double qualityMet,
            double quantityPct, double qualityPct, double progressPct) {

        /** (a + b + c) / 3. */
        public double mean() {
            return (quantityPct + qualityPct + progressPct) / 3;
        }
    }

    /** Whether a measure decided on {@code decisionDate} forces "không hoàn thành" in {@code p}. */
    public static boolean forces(DisciplineMeasure decided, LocalDate decisionDate, EvaluationPeriod p) {
        return decided != null && !decided.inHouse() && decisionDate != null
                && decisionDate.getYear() == p.year() && !decisionDate.isAfter(p.end());
    }

    /** The weight of an occurrence: its task's own, else its source's. */
    public static double weight(Occurrence o, EvaluationSettings s) {
        return o.taskWeight() != null ? o.taskWeight() : s.weightOf(o.source());
    }

    /**
     * The products among {@code occurrences} in {@code p} judged as of {@code asOf} (see the class comment), with
     * their shares, by due date.
     */
    public static List<Product> products(EvaluationPeriod p, LocalDate asOf, EvaluationSettings s,
                                         List<Occurrence> occurrences) {
        LocalDate judge = asOf.isBefore(p.end()) ? asOf : p.end();
        List<Product> out = new ArrayList<>();
        for (Occurrence o : occurrences) {
            LocalDate due = o.dueOn();
            LocalDate done = o.completedOn();
            if (due == null || due.isAfter(p.end()) || done != null && done.isBefore(p.start())
                    && due.isBefore(p.start())) {
                continue;
            }
            boolean completed = done != null && !done.isAfter(judge);
            if (due.isAfter(judge) && !completed) {
                continue; // not due yet on the day of judging
            }
            boolean carried = due.isBefore(p.start());
            boolean onTime = completed && !done.isAfter(due);
            Mark m = o.mark() == null ? Mark.NONE : o.mark();
            int k = completed && m.qualityExemption() == null ? Math.max(0, m.qualityFailures()) : 0;
            double quality = completed ? Math.max(0, 1 - DEDUCTION * k) : 0;
            double progress = !completed ? 0 : onTime || m.delayExemption() != null ? 1 : 1 - DEDUCTION;
            out.add(new Product(o.occurrenceId(), o.taskId(), o.content(), o.planTitle(), o.source(), due,
                    completed ? done : null, o.result(), carried, weight(o, s), completed, onTime,
                    m.qualityFailures(), m.qualityReason(), m.qualityExemption(), m.delayExemption(),
                    completed ? 1 : 0, quality, progress));
        }
        out.sort(Comparator.comparing(Product::dueOn).thenComparingLong(Product::occurrenceId));
        return out;
    }

    /** The weighted counts and a, b, c of {@code products}; all 0 when there are none. */
    public static Figures figures(List<Product> products) {
        double w = 0;
        double done = 0;
        double onTime = 0;
        double met = 0;
        double quality = 0;
        double progress = 0;
        for (Product p : products) {
            w += p.weight();
            done += p.weight() * p.quantityShare();
            quality += p.weight() * p.qualityShare();
            progress += p.weight() * p.progressShare();
            if (p.completed() && p.onTime()) {
                onTime += p.weight();
            }
            if (p.completed() && p.qualityShare() >= 1) {
                met += p.weight();
            }
        }
        if (w <= 0) {
            return new Figures(0, 0, 0, 0, 0, 0, 0);
        }
        return new Figures(w, done, onTime, met, 100 * done / w, 100 * quality / w, 100 * progress / w);
    }

    /**
     * The 25 % deductions of {@code products}, each with the task-result points it cost: 70 · ownShare · (the
     * percentage points of b or c it took) / 300.
     */
    public static List<Deduction> deductions(List<Product> products, double ownShare) {
        double w = products.stream().mapToDouble(Product::weight).sum();
        List<Deduction> out = new ArrayList<>();
        if (w <= 0) {
            return out;
        }
        for (Product p : products) {
            if (!p.completed()) {
                continue;
            }
            if (p.qualityShare() < 1) {
                int times = p.qualityFailures();
                double lost = 100 * p.weight() * (1 - p.qualityShare()) / w;
                out.add(new Deduction(Deduction.Kind.QUALITY, p.occurrenceId(), p.taskId(), p.content(), times,
                        TASK_MAX * ownShare * lost / 300));
            }
            if (p.progressShare() < 1) {
                double lost = 100 * p.weight() * (1 - p.progressShare()) / w;
                out.add(new Deduction(Deduction.Kind.PROGRESS, p.occurrenceId(), p.taskId(), p.content(), 1,
                        TASK_MAX * ownShare * lost / 300));
            }
        }
        return out;
    }

    /**
     * Everyone of {@code in.people()} in {@code p} (MONTH or QUARTER), as of {@code asOf}: non-leaders first (a
     * leader's d needs their ratings), listed by unit and name as {@code in.people()} orders them.
     */
    public static EvaluationSheet sheet(EvaluationPeriod p, Long unitId, LocalDate asOf, Inputs in) {
        EvaluationSettings s = in.settings();
        Map<Long, List<Occurrence>> byStaff = new HashMap<>();
        Map<Long, List<Occurrence>> byUnit = new HashMap<>();
        for (Occurrence o : in.occurrences()) {
            if (o.leadStaffId() != null) {
                byStaff.computeIfAbsent(o.leadStaffId(), k -> new ArrayList<>()).add(o);
            }
            if (o.leadUnitId() != null) {
                byUnit.computeIfAbsent(o.leadUnitId(), k -> new ArrayList<>()).add(o);
            }
        }
        Map<Long, PersonScore> scored = new LinkedHashMap<>();
        Map<Long, Boolean> unitFailed = new HashMap<>();
        for (Person person : in.people()) {
            if (!person.leader()) {
                PersonScore ps = score(p, asOf, s, person, byStaff.getOrDefault(person.staffId(), List.of()),
                        null, false, in);
                scored.put(person.staffId(), ps);
                if (ps.rated() && !ps.rating().atLeastCompleted()) {
                    unitFailed.put(person.unitId(), true);
                }
            }
        }
        Map<Long, List<Product>> unitProducts = new HashMap<>();
        for (Person person : in.people()) {
            if (person.leader()) {
                List<Product> unit = unitProducts.computeIfAbsent(person.unitId(),
                        u -> products(p, asOf, s, byUnit.getOrDefault(u, List.of())));
                scored.put(person.staffId(), score(p, asOf, s, person,
                        byStaff.getOrDefault(person.staffId(), List.of()), unit,
                        unitFailed.getOrDefault(person.unitId(), false), in));
            }
        }
        List<PersonScore> people = in.people().stream().map(x -> scored.get(x.staffId())).toList();
        return new EvaluationSheet(p, unitId, asOf, people, ceiling(people, s), s);
    }

    private static PersonScore score(EvaluationPeriod p, LocalDate asOf, EvaluationSettings s, Person person,
                                     List<Occurrence> own, List<Product> unitProducts, boolean unitFailed,
                                     Inputs in) {
        List<Product> products = products(p, asOf, s, own);
        Figures f = figures(products);
        boolean hasOwn = !products.isEmpty();
        GeneralCriteria general = in.general().getOrDefault(person.staffId(), Map.of()).get(p);
        double generalPoints = general == null ? 0 : Math.min(GENERAL_MAX, general.total());
        Double unitPct = null;
        Double organisingPct = null;
        boolean hasProducts = hasOwn;
        double taskPoints;
        double ownShare = 1;
        if (person.leader()) {
            Figures unit = figures(unitProducts);
            boolean hasUnit = !unitProducts.isEmpty();
            hasProducts = hasOwn || hasUnit;
            unitPct = unitFailed ? 50.0 : 100.0;
            organisingPct = hasUnit ? unit.mean() : f.mean();
            double ownMean = hasOwn ? f.mean() : organisingPct;
            ownShare = s.leaderOwnShare();
            taskPoints = TASK_MAX * (s.leaderOwnShare() * ownMean + s.leaderUnitShare() * unitPct
                    + s.leaderOrganisingShare() * organisingPct) / 100;
        } else {
            taskPoints = TASK_MAX * (f.quantityPct() + f.qualityPct() + f.progressPct()) / 300;
        }
        if (!hasProducts) {
            taskPoints = generalPoints * TASK_MAX / GENERAL_MAX;
        }
        List<DisciplineFact> discipline = in.discipline().getOrDefault(person.staffId(), List.of()).stream()
                .filter(d -> d.decisionDate() != null && d.decisionDate().getYear() == p.year()
                        && !d.decisionDate().isAfter(p.end()))
                .map(d -> withForcing(d, p)).toList();
        List<LegalCase> cases = in.cases().getOrDefault(person.staffId(), List.of()).stream()
                .filter(c -> c.year() == p.year()).toList();
        List<String> forcedBy = forcedBy(discipline, cases);
        double total = generalPoints + taskPoints;
        Rating byPoints = Rating.of(total);
        return new PersonScore(person.staffId(), person.fullName(), person.jobTitle(), person.unitId(),
                person.unitName(), person.leader(), products, f.assigned(), f.completed(), f.completedOnTime(),
                f.qualityMet(), f.quantityPct(), f.qualityPct(), f.progressPct(), unitPct, organisingPct,
                hasProducts, taskPoints, hasOwn ? deductions(products, ownShare) : List.of(), general,
                generalPoints, total, forcedBy.isEmpty() ? byPoints : Rating.NOT_COMPLETED, byPoints, discipline,
                cases, forcedBy);
    }

    private static DisciplineFact withForcing(DisciplineFact d, EvaluationPeriod p) {
        boolean f = forces(d.decided(), d.decisionDate(), p);
        return f == d.forcesNotCompleted() ? d : new DisciplineFact(d.violationId(), d.inspectionId(), d.content(),
                d.decided(), d.decisionNumber(), d.decisionDate(), f);
    }

    /** The Vietnamese reasons for "không hoàn thành" whatever the points: the forcing measures, the cases. */
    public static List<String> forcedBy(List<DisciplineFact> discipline, List<LegalCase> cases) {
        List<String> out = new ArrayList<>();
        for (DisciplineFact d : discipline) {
            if (d.forcesNotCompleted()) {
                out.add(Messages.get("evaluation.forced.discipline", d.decided().label(),
                        d.decisionNumber() == null ? "" : d.decisionNumber(), VnFormat.date(d.decisionDate())));
            }
        }
        for (LegalCase c : cases) {
            out.add(Messages.get("evaluation.forced.case", c.description()));
        }
        return List.copyOf(out);
    }

    /**
     * The units and groups (leaders, others) where "xuất sắc" exceeds floor(ceiling · "tốt"), counting the people
     * rated.
     */
    public static List<CeilingWarning> ceiling(List<PersonScore> people, EvaluationSettings s) {
        record Group(long unitId, boolean leaders) {
        }
        Map<Group, int[]> counts = new LinkedHashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (PersonScore ps : people) {
            if (!ps.rated()) {
                continue;
            }
            names.put(ps.unitId(), ps.unitName());
            int[] c = counts.computeIfAbsent(new Group(ps.unitId(), ps.leader()), g -> new int[2]);
            if (ps.rating() == Rating.EXCELLENT) {
                c[0]++;
            } else if (ps.rating() == Rating.GOOD) {
                c[1]++;
            }
        }
        List<CeilingWarning> out = new ArrayList<>();
        counts.forEach((g, c) -> {
            int allowed = allowed(c[1], s.excellentCeiling());
            if (c[0] > allowed) {
                out.add(new CeilingWarning(g.unitId(), names.get(g.unitId()), Messages.get(g.leaders()
                        ? "evaluation.group.leaders" : "evaluation.group.others"), c[0], c[1], allowed));
            }
        });
        return List.copyOf(out);
    }

    /** floor(ceiling · good), with a hair of tolerance for binary fractions (0.2 · 10 is 2, not 1.999…). */
    public static int allowed(int good, double ceiling) {
        return (int) Math.floor(ceiling * good + 1e-9);
    }

    /**
     * The year from its parts' sheets ({@code parts}: the sheets of the cycle's months or quarters that have begun,
     * in order; each lists the same people): the mean of the totals of the parts where the person was rated, its
     * rating forced by any measure decided in the year or a legal case of the year.
     */
    public static YearSheet year(int year, Long unitId, EvaluationPeriod.Kind cycle, List<EvaluationSheet> parts,
                                 List<Person> people, Inputs in) {
        EvaluationPeriod whole = EvaluationPeriod.year(year);
        List<YearScore> out = new ArrayList<>();
        List<PersonScore> asScores = new ArrayList<>();
        for (Person person : people) {
            List<YearScore.PeriodTotal> totals = new ArrayList<>();
            double sum = 0;
            int n = 0;
            for (EvaluationSheet sheet : parts) {
                PersonScore ps = sheet.person(person.staffId()).orElse(null);
                if (ps == null) {
                    continue;
                }
                boolean counted = ps.hasProducts() || ps.generalEntered();
                totals.add(new YearScore.PeriodTotal(sheet.period(), ps.total(), ps.rating(), ps.generalEntered(),
                        counted));
                if (counted) {
                    sum += ps.total();
                    n++;
                }
            }
            double average = n == 0 ? 0 : sum / n;
            List<DisciplineFact> discipline = in.discipline().getOrDefault(person.staffId(), List.of()).stream()
                    .filter(d -> d.decisionDate() != null && d.decisionDate().getYear() == year)
                    .map(d -> withForcing(d, whole)).toList();
            List<LegalCase> cases = in.cases().getOrDefault(person.staffId(), List.of()).stream()
                    .filter(c -> c.year() == year).toList();
            List<String> forcedBy = forcedBy(discipline, cases);
            Rating byPoints = Rating.of(average);
            Rating rating = forcedBy.isEmpty() ? byPoints : Rating.NOT_COMPLETED;
            out.add(new YearScore(person.staffId(), person.fullName(), person.jobTitle(), person.unitId(),
                    person.unitName(), person.leader(), List.copyOf(totals), average, rating, byPoints, forcedBy));
            boolean rated = n > 0 || !forcedBy.isEmpty();
            // The ceiling of the year counts the people rated in the year, as a period's does.
            asScores.add(new PersonScore(person.staffId(), person.fullName(), person.jobTitle(), person.unitId(),
                    person.unitName(), person.leader(), List.of(), 0, 0, 0, 0, 0, 0, 0, null, null, rated, 0,
                    List.of(), null, 0, average, rating, byPoints, discipline, cases, forcedBy));
        }
        return new YearSheet(year, unitId, cycle, List.copyOf(out), ceiling(asScores, in.settings()), in.settings());
    }
}
