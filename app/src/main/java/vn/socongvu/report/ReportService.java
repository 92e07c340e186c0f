package vn.socongvu.report;

import static vn.socongvu.storage.jooq.Tables.REPORT;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jooq.DSLContext;

import vn.socongvu.audit.AuditAction;
import vn.socongvu.audit.AuditEntry;
import vn.socongvu.audit.AuditLog;
import vn.socongvu.audit.ReadArea;
import vn.socongvu.audit.RecordMerge;
import vn.socongvu.common.Concurrently;
import vn.socongvu.common.Progress;
import vn.socongvu.common.ValidationException;
import vn.socongvu.common.Validator;
import vn.socongvu.directory.DirectoryService;
import vn.socongvu.directory.Unit;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.document.DocumentRegister;
import vn.socongvu.document.DocumentText;
import vn.socongvu.document.DocxWriter;
import vn.socongvu.document.OfficialDocument;
import vn.socongvu.document.Spreadsheet;
import vn.socongvu.document.XlsxWriter;
import vn.socongvu.i18n.Messages;
import vn.socongvu.inspection.InspectionFilter;
import vn.socongvu.inspection.InspectionService;
import vn.socongvu.meeting.MeetingFilter;
import vn.socongvu.meeting.MeetingRow;
import vn.socongvu.meeting.MeetingService;
import vn.socongvu.plan.Plan;
import vn.socongvu.plan.PlanService;
import vn.socongvu.plan.Target;
import vn.socongvu.settings.CommuneIdentity;
import vn.socongvu.settings.SettingsService;
import vn.socongvu.settings.Signer;
import vn.socongvu.storage.Database;
import vn.socongvu.storage.SafeFiles;
import vn.socongvu.task.TaskRow;
import vn.socongvu.task.TaskService;
import vn.socongvu.text.VnFormat;
import vn.socongvu.text.VnText;

/**
 * Periodic reports: their windows and deadlines, the figures counted from the records (and frozen once the
 * report is exported or numbered), what the clerk writes, the number, and the export to Word and Excel.
 */
public final class ReportService {
    public static final String ENTITY = "report";
    private static final RecordMerge<Tthc> TTHC_MERGE = RecordMerge.of(Tthc.class)
            .field("report.tthc.receivedOnline", "receivedOnline")
            .field("report.tthc.receivedInPerson", "receivedInPerson")
            .field("report.tthc.resolvedEarly", "resolvedEarly")
            .field("report.tthc.resolvedOnTime", "resolvedOnTime")
            .field("report.tthc.resolvedLate", "resolvedLate")
            .field("report.tthc.pending", "pending")
            .field("report.tthc.satisfaction", "satisfaction");
    static final int MAX_TEXT = 20000;

    /**
     * Plans as the register issued them: by date, then by number, so that two plans of one day read 10 before 11
     * (the lists come newest first, and ties in the order they were created).
     */
    static final Comparator<Plan> ISSUE_ORDER = Comparator.comparing(Plan::issuedOn,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparingInt(p -> serial(p.number()));
    /** "quý III", "Quý IV": the word and the space before its Roman numeral. */
    private static final Pattern QUARTER_NUMERAL = Pattern.compile("([Qq]uý) (?=[IVX]+\\b)");

    private final Database db;
    private final AuditLog audit;
    private final SettingsService settings;
    private final DocumentRegister register;
    private final DirectoryService directory;
    private final TaskService tasks;
    private final PlanService plans;
    private final MeetingService meetings;
    private final InspectionService inspections;
    private final ReportRepository repo = new ReportRepository();

    public ReportService(Database db, AuditLog audit, SettingsService settings, DocumentRegister register,
                         DirectoryService directory, TaskService tasks, PlanService plans, MeetingService meetings,
                         InspectionService inspections) {
        this.db = db;
        this.audit = audit;
        this.settings = settings;
        this.register = register;
        this.directory = directory;
        this.tasks = tasks;
        this.plans = plans;
        this.meetings = meetings;
        this.inspections = inspections;
    }

    public LocalDate today() {
        return tasks.today();
    }

    // ---- periods and deadlines ----

    public ReportPeriod.Window window(ReportPeriod p) {
        return p.window(settings.deadlines());
    }

    /** The day the report is due at the province. */
    public LocalDate due(ReportPeriod p) {
        return p.communeDue(settings.deadlines());
    }

    public LocalDate unitsDue(ReportPeriod p) {
        return p.unitsDue(settings.deadlines());
    }

    /** Days from today to the deadline (negative: late). */
    public long daysLeft(ReportPeriod p) {
        return ChronoUnit.DAYS.between(today(), due(p));
    }

    public ReportPeriod nextDue() {
        return ReportPeriod.nextDue(today(), settings.deadlines());
    }

    /** The next report of a kind due on or after today: what the period choice offers first for that kind. */
    public ReportPeriod nextDue(ReportKind kind) {
        return ReportPeriod.nextDue(today(), settings.deadlines(), kind);
    }

    // ---- reading ----

    /**
     * The task occurrences a report of the window {@code from}–{@code to} counts, in its four states, judged as the
     * report judges them: live in the window (started by its end, not done before it began), as of its last day,
     * or today while it runs. Tổng quan shows these same figures for the same window.
     */
    public List<TaskRow> countedTasks(LocalDate from, LocalDate to) {
        LocalDate asOf = asOf(new ReportPeriod.Window(from, to));
        return tasks.liveIn(from, to, asOf).stream().filter(r -> r.state().counted()).toList();
    }

    /** The report of a period as saved, or a new one (not saved) that starts from the previous report's text. */
    public Report open(ReportPeriod p) {
        audit.reads().require(ReadArea.REPORTS);
        return repo.find(db.dsl(), p).orElseGet(() -> {
            Report.Narrative n = previous(p).map(Report::narrative).orElse(Report.Narrative.EMPTY);
            return new Report(null, p, window(p), n, Tthc.NONE, defaultSigner(), null, null, null, null, null, null,
                    null, null);
        });
    }

    /** The latest saved report before this period with something written in it (its text is offered as a start). */
    public Optional<Report> previous(ReportPeriod p) {
        audit.reads().require(ReadArea.REPORTS);
        return repo.previous(db.dsl(), window(p).to());
    }

    public Report report(long id) {
        audit.reads().require(ReadArea.REPORTS);
        return repo.find(db.dsl(), id).orElseThrow(() -> ValidationException.of("id", "validation.notFound"));
    }

    private Long defaultSigner() {
        return settings.signers().stream().filter(Signer::active).findFirst().map(Signer::id).orElse(null);
    }

    /** The day the figures of a window are judged on: its last day, or today while it runs. */
    public LocalDate asOf(ReportPeriod.Window w) {
        return today().isBefore(w.to()) ? today() : w.to();
    }

    /** The register number of "10/KH-UBND": 10; a number without one last. */
    static int serial(String number) {
        int slash = number == null ? -1 : number.indexOf('/');
        try {
            return Integer.parseInt(number.substring(0, slash).strip());
        } catch (RuntimeException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** Reads the records of a report's window (its own window as kept, or the period's from the settings). */
    public ReportData data(Report r) {
        audit.reads().require(ReadArea.REPORTS);
        ReportPeriod.Window w = r.window();
        LocalDate asOf = r.frozenAsOf() != null ? r.frozenAsOf() : asOf(w);
        LocalDate until = asOf.isBefore(w.to()) ? asOf : w.to();
        if (db.inTransaction()) { // another thread would not see the records this transaction has written
            List<TaskRow> live = tasks.liveIn(w.from(), w.to(), asOf);
            return data(r, w, asOf, until, () -> live);
        }
        // The task rows are the longest read (~0.3 s of a first export on ten busy years): on a thread of their
        // own while the meetings, inspections and plans are read here.
        return Concurrently.alongside("report-tasks", () -> tasks.liveIn(w.from(), w.to(), asOf),
                live -> data(r, w, asOf, until, live::get));
    }

    private ReportData data(Report r, ReportPeriod.Window w, LocalDate asOf, LocalDate until,
                            Supplier<List<TaskRow>> live) {
        List<MeetingRow> held = meetings.list(MeetingFilter.period(w.from(), until));
        List<MeetingRow> lastYear = meetings.list(MeetingFilter.period(w.from().minusYears(1), until.minusYears(1)));
        InspectionFilter inspected = InspectionFilter.period(w.from(), until);
        var inspectionRows = inspections.list(inspected);
        var violationRows = inspections.violations(inspected, asOf);
        List<Plan> issued = new ArrayList<>(plans.issuedBetween(w.from(), w.to()));
        issued.sort(ISSUE_ORDER);
        // The targets in force: those of the year's plans issued by the window's end (a draft plan has none in
        // force, nor a plan issued after the period it is reported on).
        List<Plan> inForce = plans.plans(r.period().year(), false).stream()
                .filter(p -> p.number() != null && (p.issuedOn() == null || !p.issuedOn().isAfter(w.to())))
                .sorted(ISSUE_ORDER).toList();
        Map<Long, List<Target>> targetsOf = plans.targetsOf(inForce.stream().map(Plan::id).toList());
        Map<Long, Double> entered = plans.enteredValues(targetsOf, r.period().code());
        List<ReportData.PlanTarget> targets = new ArrayList<>();
        for (Plan p : inForce) {
            for (Target t : targetsOf.getOrDefault(p.id(), List.of())) {
                targets.add(new ReportData.PlanTarget(p, t, entered.get(t.id())));
            }
        }
        List<String> units = directory.units().stream().map(Unit::name).toList();
        return new ReportData(r.period(), w, asOf, live.get(), held, lastYear, inspectionRows, violationRows, issued,
                targets, units);
    }

    /** The report's figures: the frozen ones, or counted now; with the TTHC figures as entered. */
    public ReportFigures figures(Report r) {
        return figures(r, null);
    }

    /**
     * The figures of {@code r}, from {@code counted} when its records were already counted for it ({@link #data}),
     * so that what is checked before an export and the export itself count them once.
     */
    public ReportFigures figures(Report r, ReportData counted) {
        ReportFigures f = r.frozen() != null ? r.frozen() : (counted != null ? counted : data(r)).figures(Tthc.NONE);
        return f.withTthc(r.tthc());
    }

    /**
     * Something the report would print empty or as a placeholder: the form's field it belongs to ("number",
     * "signer", "tthc", "targets", or a part's {@link ReportPart#field()}) and what it is, in words.
     */
    public record Gap(String field, String text) {
    }

    /** What the report as saved would print empty or as a placeholder (see {@link #gaps(Report, ReportFigures)}). */
    public List<Gap> gaps(Report r) {
        return gaps(r, figures(r));
    }

    /**
     * What the report {@code r} (as saved, or as typed: {@link Report#edited}) would print empty or as a
     * placeholder with the figures {@code f}, in the order of its pages: the number and date not given; each part
     * the clerk has not written and what prints instead (nothing for the communication work, a dotted line in
     * parts III and IV, "Không có kiến nghị." in part V; an area of part II prints its figures alone, or is left
     * out when it has none); the targets without a value; the TTHC figures not entered (Biểu 09 empty) or only in
     * part; no signer. Empty: nothing is left blank.
     */
    public static List<Gap> gaps(Report r, ReportFigures f) {
        List<Gap> out = new ArrayList<>();
        if (!r.numbered()) {
            out.add(new Gap("number", Messages.get("reports.gap.number")));
        }
        Report.Narrative n = r.narrative();
        for (ReportPart p : ReportPart.values()) {
            if (p == ReportPart.INSTITUTIONS) { // part II begins with the tasks and the targets
                long noValue = f.targets().stream().filter(t -> t.value() == null).count();
                if (noValue > 0) {
                    out.add(new Gap("targets", Messages.get("reports.gap.targets", VnFormat.integer(noValue))));
                }
            }
            if (n.text(p).isBlank()) {
                String key = switch (p.section()) {
                    case DIRECTION -> "reports.gap.communication";
                    case RESULTS -> hasFigures(p, f) ? "reports.gap.figuresOnly" : "reports.gap.leftOut";
                    case RECOMMENDATIONS -> "reports.gap.noRecommendations";
                    default -> "reports.gap.dots";
                };
                out.add(new Gap(p.field(), Messages.get(key, p.section().roman(), p.label())));
            }
            if (p == ReportPart.PROCEDURES) {
                tthcGap(r.tthc()).ifPresent(out::add);
            }
        }
        if (r.signerId() == null) {
            out.add(new Gap("signer", Messages.get("reports.gap.signer")));
        }
        return out;
    }

    /**
     * Whether the report prints figures of the app's own under an area of part II with these figures (then the
     * area is printed even when the clerk wrote nothing for it).
     */
    public static boolean hasFigures(ReportPart area, ReportFigures f) {
        return area.area() && ReportDocument.hasFigures(area, f);
    }

    private static Optional<Gap> tthcGap(Tthc t) {
        if (!t.entered()) {
            return Optional.of(new Gap("tthc", Messages.get("reports.gap.tthc")));
        }
        Object[][] fields = {{"report.tthc.receivedOnline", t.receivedOnline()},
            {"report.tthc.receivedInPerson", t.receivedInPerson()}, {"report.tthc.resolvedEarly", t.resolvedEarly()},
            {"report.tthc.resolvedOnTime", t.resolvedOnTime()}, {"report.tthc.resolvedLate", t.resolvedLate()},
            {"report.tthc.pending", t.pending()}, {"report.tthc.satisfaction", t.satisfaction()}};
        List<String> missing = new ArrayList<>();
        for (Object[] field : fields) {
            if (field[1] == null) {
                missing.add(DocumentText.lowerFirst(Messages.get((String) field[0])));
            }
        }
        return missing.isEmpty() ? Optional.empty()
                : Optional.of(new Gap("tthc", Messages.get("reports.gap.tthcPartial", String.join(", ", missing))));
    }

    public List<AuditEntry> history(long id) {
        audit.reads().require(ReadArea.REPORTS);
        return audit.history(db.dsl(), ENTITY, id);
    }

    // ---- writing ----

    /**
     * The report's newest audit id, taken by a form before it reads the report (see {@code AuditLog.check}); 0 for
     * one not saved yet (then any save of it by someone else meanwhile is a conflict).
     */
    public long mark(Report r) {
        return r.id() == null ? 0 : audit.mark(db.dsl(), ENTITY, r.id());
    }

    /** A report as a form loads it, with the mark taken before it was read. */
    public record Opened(Report report, long mark) {
    }

    /**
     * The period's report for the form, its mark ({@link #mark}) taken before its texts are read: a change saved by
     * someone else in between is then shown or reported at the save, never overwritten unseen. A report not saved
     * yet has the mark 0 (any save of it by someone else meanwhile is a conflict).
     */
    public Opened openForEditing(ReportPeriod p) {
        Optional<Long> id = repo.find(db.dsl(), p).map(Report::id);
        if (id.isEmpty()) {
            return new Opened(open(p), 0);
        }
        long mark = audit.mark(db.dsl(), ENTITY, id.get());
        return new Opened(report(id.get()), mark);
    }

    /** A report as the draft that would save it unchanged. */
    public static Report.Draft draft(Report r) {
        return new Report.Draft(r.period(), r.narrative(), r.tthc(), r.signerId());
    }

    /**
     * The report's texts merged field by field (each part, each TTHC figure, the signer: the audit's keys): mine,
     * except what changed from {@code loaded} to {@code theirs} and is not in {@code keepMine}.
     */
    public static Report.Draft merge(Report.Draft loaded, Report.Draft theirs, Report.Draft mine, Set<String> keepMine) {
        Map<ReportPart, String> parts = new EnumMap<>(ReportPart.class);
        for (ReportPart p : ReportPart.values()) {
            boolean theirsWins = !Objects.equals(loaded.narrative().text(p), theirs.narrative().text(p))
                    && !keepMine.contains(p.labelKey());
            parts.put(p, (theirsWins ? theirs : mine).narrative().text(p));
        }
        boolean signerTheirs = !Objects.equals(loaded.signerId(), theirs.signerId())
                && !keepMine.contains("report.field.signer");
        return new Report.Draft(mine.period(), new Report.Narrative(parts),
                TTHC_MERGE.merge(loaded.tthc(), theirs.tthc(), mine.tthc(), keepMine),
                signerTheirs ? theirs.signerId() : mine.signerId());
    }

    /** Saves what the clerk wrote and entered. @throws ValidationException naming the fields at fault */
    public Report save(Report.Draft input) {
        return save(input, null);
    }

    /**
     * Saves the report the form loaded at {@code mark} (null: unchecked). @throws
     * vn.socongvu.audit.EditConflictException when someone changed it since
     */
    public Report save(Report.Draft input, Long mark) {
        Report.Draft d = clean(input);
        validate(d);
        return db.tx(tx -> {
            Optional<Report> before = repo.find(tx, d.period());
            long id;
            if (before.isEmpty()) {
                id = repo.insert(tx, d, window(d.period()));
            } else {
                audit.check(tx, REPORT.ID, before.get().id(), ENTITY, before.get().id(), mark);
                Report was = before.get();
                if (was.numbered() && !(was.narrative().equals(d.narrative()) && was.tthc().equals(d.tthc())
                        && Objects.equals(was.signerId(), d.signerId()))) {
                    throw ValidationException.of("figures", "report.error.numberedText", was.number());
                }
                id = was.id();
                repo.update(tx, id, d);
                repo.updateWindow(tx, id, window(d.period()));
            }
            Report after = repo.find(tx, id).orElseThrow();
            audit.recordChanges(tx, ENTITY, id, before.isEmpty() ? AuditAction.CREATE : AuditAction.UPDATE,
                    before.map(this::auditFields).orElse(Map.of()), auditFields(after));
            return after;
        });
    }

    private static Report.Draft clean(Report.Draft d) {
        Report.Narrative n = d.narrative() == null ? Report.Narrative.EMPTY : d.narrative();
        Map<ReportPart, String> parts = new EnumMap<>(ReportPart.class);
        for (ReportPart p : ReportPart.values()) {
            parts.put(p, text(n.text(p)));
        }
        return new Report.Draft(d.period(), new Report.Narrative(parts), d.tthc() == null ? Tthc.NONE : d.tthc(),
                d.signerId());
    }

    private static String text(String s) {
        String m = VnText.multiline(s);
        return m == null ? "" : m;
    }

    private void validate(Report.Draft d) {
        Validator v = new Validator();
        Report.Narrative n = d.narrative();
        for (ReportPart p : ReportPart.values()) {
            v.maxLength(p.field(), n.text(p), MAX_TEXT);
        }
        Tthc t = d.tthc();
        Object[][] counts = {{"tthcOnline", t.receivedOnline()}, {"tthcInPerson", t.receivedInPerson()},
            {"tthcEarly", t.resolvedEarly()}, {"tthcOnTime", t.resolvedOnTime()}, {"tthcLate", t.resolvedLate()},
            {"tthcPending", t.pending()}};
        for (Object[] c : counts) {
            Integer i = (Integer) c[1];
            v.check(i == null || (i >= 0 && i <= 10_000_000), (String) c[0], "report.error.count");
        }
        v.check(t.satisfaction() == null || (t.satisfaction() >= 0 && t.satisfaction() <= 100), "tthcSatisfaction",
                "report.error.percent");
        if (d.signerId() != null) {
            v.check(settings.signers().stream().anyMatch(s -> s.id() == d.signerId()), "signer", "validation.notFound");
        }
        v.throwIfAny();
    }

    /**
     * Counts the figures again from the records and keeps them (for a report whose figures were frozen before
     * records were corrected). @throws ValidationException once the report is numbered: its figures are final
     */
    public Report recompute(long id) {
        return db.tx(tx -> {
            audit.check(tx, REPORT.ID, id, ENTITY, id, null); // locked, then read: a numbering under way comes first
            Report r = repo.find(tx, id).orElseThrow(() -> ValidationException.of("id", "validation.notFound"));
            if (r.numbered()) {
                throw ValidationException.of("figures", "report.error.numberedFigures", r.number());
            }
            repo.updateWindow(tx, id, window(r.period()));
            Report live = new Report(r.id(), r.period(), window(r.period()), r.narrative(), r.tthc(), r.signerId(),
                    null, null, null, null, null, null, null, null);
            freeze(tx, live, r.frozenAsOf() == null ? "" : VnFormat.date(r.frozenAsOf()));
            return repo.find(tx, id).orElseThrow();
        });
    }

    private void freeze(DSLContext tx, Report r, String before) {
        freeze(tx, r, data(r), before);
    }

    private void freeze(DSLContext tx, Report r, ReportData data, String before) {
        repo.freeze(tx, r.id(), data.figures(Tthc.NONE), data.asOf());
        audit.recordChanges(tx, ENTITY, r.id(), AuditAction.UPDATE, Map.of("report.field.figuresAsOf", before),
                Map.of("report.field.figuresAsOf", VnFormat.date(data.asOf())));
    }

    /** A warning when {@code typed} is already given to another document of the year (see DocumentRegister). */
    public Optional<String> numberWarning(LocalDate date, String typed) {
        return date == null ? Optional.empty() : register.numberWarning(date.getYear(), DocumentKind.BAO_CAO, typed);
    }

    public int proposeNumber(LocalDate date) {
        return register.proposeNext(date.getYear(), DocumentKind.BAO_CAO);
    }

    /** Gives the saved report its number in the register and freezes its figures. */
    public Report number(long id, int number, LocalDate date) {
        new Validator().required("issuedOn", date, "report.error.dateRequired").throwIfAny();
        return db.tx(tx -> {
            audit.check(tx, REPORT.ID, id, ENTITY, id, null); // two clients numbering it at once: one number
            Report r = repo.find(tx, id).orElseThrow(() -> ValidationException.of("id", "validation.notFound"));
            if (r.numbered()) {
                throw ValidationException.of("number", "report.error.alreadyNumbered", r.number());
            }
            if (r.frozen() == null) {
                freeze(tx, r, "");
            }
            var e = register.register(date.getYear(), DocumentKind.BAO_CAO, number, title(r.period()), date);
            repo.setRegister(tx, id, e.id());
            Report after = repo.find(tx, id).orElseThrow();
            audit.recordChanges(tx, ENTITY, id, AuditAction.UPDATE, Map.of(),
                    Map.of("report.field.number", e.symbol() + " " + VnFormat.date(date)));
            return after;
        });
    }

    /** "Kết quả thực hiện kỷ luật, kỷ cương hành chính và cải cách hành chính quý III năm 2026". */
    public static String title(ReportPeriod p) {
        return Messages.get("report.doc.title", p.label());
    }

    /**
     * The title as the BÁO CÁO prints it: "quý" and its numeral held together by a no-break space, so that a
     * line never ends on "quý" with "III" on the next (the register keeps {@link #title} with plain spaces).
     */
    public static String printedTitle(ReportPeriod p) {
        return QUARTER_NUMERAL.matcher(title(p)).replaceAll("$1" + VnFormat.NBSP);
    }

    // ---- documents ----

    private CommuneIdentity identity() {
        return settings.identity().orElseThrow(() -> ValidationException.of("id", "settings.error.notSetUp"));
    }

    public OfficialDocument document(Report r) {
        audit.reads().require(ReadArea.REPORTS);
        return document(r, figures(r));
    }

    private OfficialDocument document(Report r, ReportFigures f) {
        Signer signer = r.signerId() == null ? null
                : settings.signers().stream().filter(s -> s.id() == r.signerId()).findFirst().orElse(null);
        return ReportDocument.build(r, f, identity(), signer);
    }

    public Spreadsheet workbook(Report r) {
        audit.reads().require(ReadArea.REPORTS);
        return workbook(r, figures(r));
    }

    private Spreadsheet workbook(Report r, ReportFigures f) {
        String subtitle = r.numbered() ? Messages.get("report.xlsx.attachedNumbered", r.number(),
                VnFormat.date(r.issuedOn()), r.period().label())
                : Messages.get("report.xlsx.attached", r.period().label(), VnFormat.date(r.window().from()),
                VnFormat.date(r.window().to()));
        List<Spreadsheet.Sheet> sheets = ReportTables.of(f).stream().map(t -> t.sheet(subtitle)).toList();
        return new Spreadsheet(OfficialDocument.Issuer.of(identity()), sheets);
    }

    /** "bao-cao-quy-iii-nam-2026": the files' common name. */
    public static String fileBase(ReportPeriod p) {
        return VnText.slug(p.label(), 60);
    }

    /** What an export wrote. */
    public record Export(Report report, List<Path> files) {
    }

    /**
     * Writes the report (.docx) and its appendix tables (.xlsx) into {@code dir}: saves the report if it was
     * not, freezes its figures if they were not, and keeps the file names, so that the same report re-exports
     * the same figures. Each file is written to a temporary name and moved into place.
     */
    public Export export(ReportPeriod p, Path dir, boolean docx, boolean xlsx, Progress progress) {
        return export(p, null, dir, docx, xlsx, progress);
    }

    /**
     * As {@link #export(ReportPeriod, Path, boolean, boolean, Progress)}, with the records of the report as
     * {@link #open} gives it already counted ({@code counted}, or null): a report not yet frozen is frozen with them.
     */
    public Export export(ReportPeriod p, ReportData counted, Path dir, boolean docx, boolean xlsx,
                         Progress progress) {
        audit.reads().require(ReadArea.REPORTS);
        if (!docx && !xlsx) {
            throw ValidationException.of("format", "report.error.noFormat");
        }
        progress.update(0.05, Messages.get("report.export.reading"));
        Report r = open(p);
        if (r.id() == null) {
            r = save(new Report.Draft(p, r.narrative(), r.tthc(), r.signerId()));
        }
        if (r.frozen() == null) {
            long id = r.id();
            Report saved = r;
            // Read before the transaction: the task rows alongside the rest.
            ReportData data = counted != null ? counted : data(saved);
            db.txRun(tx -> freeze(tx, saved, data, ""));
            r = report(id);
        }
        progress.checkCancelled();
        ReportFigures f = figures(r);
        String docName = Messages.get("report.file.docx", fileBase(p));
        String xlsName = Messages.get("report.file.xlsx", fileBase(p));
        OfficialDocument d = docx ? document(r, f) : null;
        Spreadsheet s = xlsx ? workbook(r, f) : null;
        Supplier<Path> writeDocx = () -> SafeFiles.write(dir.resolve(docName), o -> DocxWriter.write(d, o));
        Supplier<Path> writeXlsx = () -> SafeFiles.write(dir.resolve(xlsName), o -> XlsxWriter.write(s, o));
        progress.update(0.4, Messages.get("report.export.writing", docx && xlsx ? docName + ", " + xlsName
                : docx ? docName : xlsName));
        List<Path> out = docx && xlsx ? bothAtOnce(writeDocx, writeXlsx)
                : List.of(docx ? writeDocx.get() : writeXlsx.get());
        long id = r.id();
        String files = String.join("; ", out.stream().map(f2 -> f2.getFileName().toString()).toList());
        String before = Stream.of(r.docxFile(), r.xlsxFile()).filter(Objects::nonNull)
                .reduce((a, b) -> a + "; " + b).orElse("");
        db.txRun(tx -> {
            repo.exported(tx, id, docx ? docName : null, xlsx ? xlsName : null);
            audit.recordChanges(tx, ENTITY, id, AuditAction.UPDATE, Map.of("report.field.files", before),
                    Map.of("report.field.files", files + " (" + VnFormat.dateTime(LocalDateTime.now()) + ")"));
        });
        progress.update(1, Messages.get("report.export.done", out.size()));
        return new Export(report(id), out);
    }

    /**
     * Runs both writers at once, the second on a thread of its own, and gives their files in order. The two share
     * nothing but the figures, and on a fresh process most of each one's time is loading its own part of POI,
     * so on two cores they take about as long as the longer of them. When one fails, the other is still
     * waited for (its file is whole or not there), and the first failure is thrown.
     */
    static List<Path> bothAtOnce(Supplier<Path> first, Supplier<Path> second) {
        return Concurrently.alongside("report-export", second, other -> List.of(first.get(), other.get()));
    }

    private Map<String, String> auditFields(Report r) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("report.field.period", r.period().label());
        for (ReportPart p : ReportPart.values()) {
            m.put(p.labelKey(), r.narrative().text(p));
        }
        Tthc t = r.tthc();
        m.put("report.tthc.receivedOnline", str(t.receivedOnline()));
        m.put("report.tthc.receivedInPerson", str(t.receivedInPerson()));
        m.put("report.tthc.resolvedEarly", str(t.resolvedEarly()));
        m.put("report.tthc.resolvedOnTime", str(t.resolvedOnTime()));
        m.put("report.tthc.resolvedLate", str(t.resolvedLate()));
        m.put("report.tthc.pending", str(t.pending()));
        m.put("report.tthc.satisfaction", t.satisfaction() == null ? null : VnFormat.number(t.satisfaction(), 2));
        m.put("report.field.signer", r.signerId() == null ? null : settings.signers().stream()
                .filter(s -> s.id() == r.signerId()).map(Signer::fullName).findFirst().orElse(null));
        return m;
    }

    private static String str(Integer i) {
        return i == null ? null : Integer.toString(i);
    }
}
