package vn.socongvu.evaluation.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.socongvu.audit.AuditEntry;
import vn.socongvu.common.ValidationException;
import vn.socongvu.directory.DirectoryService;
import vn.socongvu.document.OfficialDocument;
import vn.socongvu.evaluation.CeilingWarning;
import vn.socongvu.evaluation.Deduction;
import vn.socongvu.evaluation.DisciplineFact;
import vn.socongvu.evaluation.EvaluationDocuments;
import vn.socongvu.evaluation.EvaluationPeriod;
import vn.socongvu.evaluation.EvaluationService;
import vn.socongvu.evaluation.EvaluationSheet;
import vn.socongvu.evaluation.Exemption;
import vn.socongvu.evaluation.GeneralCriteria;
import vn.socongvu.evaluation.LegalCase;
import vn.socongvu.evaluation.PersonScore;
import vn.socongvu.evaluation.Product;
import vn.socongvu.i18n.Messages;
import vn.socongvu.text.VnFormat;
import vn.socongvu.ui.kit.DialogService;
import vn.socongvu.ui.kit.LatestRequest;
import vn.socongvu.ui.kit.Signal;
import vn.socongvu.ui.kit.TaskRunner;

/**
 * Đánh giá, xếp loại → Theo kỳ: a month or a quarter (as the cycle setting says) and a unit or the whole UBND; one
 * row a civil servant with the figures of Nghị định 335/2025, read off the FX thread (only the latest answer shown);
 * the person chosen with their products, deductions, general criteria, discipline and legal cases; the assessor's
 * actions, each written by the service (which audits it) and followed by the figures read again.
 */
public final class EvaluationViewModel {
    private static final List<String> ROMAN = List.of("I", "II", "III", "IV");
    private final EvaluationService evaluation;
    private final EvaluationDocuments documents;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final LocalDate today;
    private final LatestRequest reading;

    /** Month or quarter: the cycle setting's, changed when the settings are saved. */
    final ObjectProperty<EvaluationPeriod.Kind> cycle = new SimpleObjectProperty<>();
    final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    /** The month (1–12) or the quarter (1–4) of {@link #year}. */
    final ObjectProperty<Integer> index = new SimpleObjectProperty<>();
    /** The unit shown; {@link UnitChoice#WHOLE} for the whole UBND. */
    final ObjectProperty<UnitChoice> unit = new SimpleObjectProperty<>(UnitChoice.WHOLE);
    final ObservableList<UnitChoice> units = FXCollections.observableArrayList();
    private final Map<Long, String> unitLabels = new HashMap<>();

    private final ReadOnlyObjectWrapper<EvaluationSheet> sheet = new ReadOnlyObjectWrapper<>();
    private final ObservableList<PersonScore> people = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<PersonScore> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper warnings = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final Signal<Drill> drill = new Signal<>();
    private final Signal<Preview> previewReady = new Signal<>();
    /** The general criteria of the person chosen, as typed. */
    private final AssessmentForm general;
    private List<String> warningLines = List.of();
    private Long selectedId;
    private boolean applying;

    /** @param documents the phiếu and the tables of the period */
    public EvaluationViewModel(EvaluationService evaluation, DirectoryService directory, EvaluationDocuments documents,
                               DialogService dialogs, TaskRunner tasks) {
        this.evaluation = evaluation;
        this.documents = documents;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.today = evaluation.today();
        this.reading = tasks.latest("socongvu-evaluation");
        units.add(UnitChoice.WHOLE);
        directory.activeUnits().forEach(u -> units.add(new UnitChoice(u.id(), u.name())));
        unitLabels.putAll(unitLabels(directory));
        general = AssessmentForm.general(this);
        applying = true;
        usePeriod(lastFinished(evaluation.settings().cycle(), today));
        applying = false;
        year.addListener((o, a, b) -> changed());
        index.addListener((o, a, b) -> changed());
        unit.addListener((o, a, b) -> changed());
        cycle.addListener((o, a, b) -> cycleChanged(b));
    }

    /** The period finished last before {@code today}: last month, or last quarter. */
    static EvaluationPeriod lastFinished(EvaluationPeriod.Kind cycle, LocalDate today) {
        EvaluationPeriod.Kind kind = cycle == EvaluationPeriod.Kind.MONTH ? cycle : EvaluationPeriod.Kind.QUARTER;
        return EvaluationPeriod.containing(today, kind).previous();
    }

    /** The settings were saved with {@code k} as the cycle: the period follows it, the figures are read again. */
    void cycleSaved(EvaluationPeriod.Kind k) {
        if (k == cycle.get()) {
            load();
        } else {
            cycle.set(k);
        }
    }

    private void usePeriod(EvaluationPeriod p) {
        cycle.set(p.kind());
        year.set(p.year());
        index.set(p.index());
    }

    private void cycleChanged(EvaluationPeriod.Kind k) {
        if (applying || k == null) {
            return;
        }
        applying = true;
        // The same time of the year in the other cycle: a quarter's last month, a month's quarter.
        int i = index.get() == null ? 1 : index.get();
        index.set(k == EvaluationPeriod.Kind.MONTH ? Math.min(12, i * 3) : Math.max(1, (i + 2) / 3));
        applying = false;
        changed();
    }

    private void changed() {
        if (!applying && year.get() != null && index.get() != null) {
            load();
        }
    }

    /** The period chosen. */
    public EvaluationPeriod period() {
        return cycle.get() == EvaluationPeriod.Kind.MONTH ? EvaluationPeriod.month(year.get(), index.get())
                : EvaluationPeriod.quarter(year.get(), index.get());
    }

    /** The years offered: from five years back to this one (the decree applies from 2026). */
    List<Integer> years() {
        List<Integer> out = new ArrayList<>();
        for (int y = today.getYear(); y >= Math.max(2020, today.getYear() - 5); y--) {
            out.add(y);
        }
        return out;
    }

    /** The months or quarters offered for the cycle. */
    static List<Integer> indexes(EvaluationPeriod.Kind k) {
        return k == EvaluationPeriod.Kind.MONTH ? List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12) : List.of(1, 2, 3, 4);
    }

    /** "Tháng 7", "Quý III". */
    static String indexLabel(EvaluationPeriod.Kind k, int i) {
        return k == EvaluationPeriod.Kind.MONTH ? Messages.get("evaluation.ui.month", Integer.toString(i))
                : Messages.get("evaluation.ui.quarter", ROMAN.get(i - 1));
    }

    /** Reads the period's figures off the FX thread; only the latest answer is shown. */
    public void load() {
        EvaluationPeriod p = period();
        Long u = unit.get() == null ? null : unit.get().id();
        status.set(Messages.get("evaluation.ui.loading"));
        reading.run(() -> evaluation.sheet(p, u), this::apply, e -> {
            status.set(Messages.get("evaluation.ui.error.load"));
            dialogs.report(e);
        });
    }

    /** Shows the period {@code p} (e.g. from the year's view) with {@code staffId} chosen, if listed. */
    public void show(EvaluationPeriod p, Long staffId) {
        selectedId = staffId;
        applying = true;
        usePeriod(p);
        applying = false;
        load();
    }

    private void apply(EvaluationSheet s) {
        sheet.set(s);
        people.setAll(s.people());
        PersonScore keep = selectedId == null ? null : s.person(selectedId).orElse(null);
        selected.set(keep);
        general.fill(keep);
        warningLines = s.warnings().stream().map(EvaluationViewModel::warningText).toList();
        warnings.set(warningSummary(warningLines));
        status.set(s.people().isEmpty() ? Messages.get("evaluation.ui.nobody")
                : Messages.get("evaluation.ui.status", Integer.toString(s.people().size()), VnFormat.date(s.asOf())));
    }

    /** "Văn phòng (công chức): 3 xuất sắc, 5 tốt — tối đa 1 xuất sắc (20 % của số tốt)". */
    static String warningText(CeilingWarning w) {
        return Messages.get("evaluation.ui.ceiling", w.unitName(), w.group(), Integer.toString(w.excellent()),
                Integer.toString(w.good()), Integer.toString(w.allowed()));
    }

    /** The first warning, and how many more there are (all of them: {@link #showWarnings}). */
    static String warningSummary(List<String> lines) {
        if (lines.isEmpty()) {
            return "";
        }
        return lines.size() == 1 ? lines.get(0) : Messages.get("evaluation.ui.ceiling.more", lines.size());
    }

    /** Shows every ceiling warning, one a line. */
    public void showWarnings() {
        showWarnings(dialogs, warningLines);
    }

    static void showWarnings(DialogService dialogs, List<String> lines) {
        dialogs.showText("evaluation-warnings-text", "evaluation.ui.ceiling.title",
                Messages.get("evaluation.ui.ceiling.header", lines.size()), String.join("\n", lines));
    }

    /** How many ceiling warnings there are. */
    public int warningCount() {
        return warningLines.size();
    }

    /** Each unit's name as the tables show it: its short name if it has one. */
    static Map<Long, String> unitLabels(DirectoryService directory) {
        Map<Long, String> m = new HashMap<>();
        directory.units().forEach(u -> m.put(u.id(),
                u.shortName() == null || u.shortName().isBlank() ? u.name() : u.shortName()));
        return m;
    }

    /** The unit of a row as the table shows it: its short name if it has one. */
    String unitLabel(PersonScore p) {
        return unitLabels.getOrDefault(p.unitId(), p.unitName());
    }

    /** The clerk chose a row (null: none). */
    public void choose(PersonScore p) {
        selectedId = p == null ? null : p.staffId();
        selected.set(p);
        general.fill(p);
    }

    // ---- drill-down ----

    /** A figure of a person's row: what stands behind it. */
    public enum Figure {
        ASSIGNED("evaluation.ui.figure.assigned", x -> true),
        CARRIED_OVER("evaluation.ui.figure.carriedOver", Product::carriedOver),
        COMPLETED("evaluation.ui.figure.completed", Product::completed),
        ON_TIME("evaluation.ui.figure.onTime", x -> x.completed() && x.onTime()),
        LATE("evaluation.ui.figure.late", x -> x.completed() && !x.onTime()),
        NOT_COMPLETED("evaluation.ui.figure.notCompleted", x -> !x.completed()),
        QUALITY_FAILED("evaluation.ui.figure.qualityFailed", x -> x.qualityFailures() > 0);

        private final String labelKey;
        private final Predicate<Product> test;

        Figure(String labelKey, Predicate<Product> test) {
            this.labelKey = labelKey;
            this.test = test;
        }

        public String label() {
            return Messages.get(labelKey);
        }

        public boolean counts(Product p) {
            return test.test(p);
        }
    }

    /** The products of {@code p} behind {@code f}. */
    public static List<Product> products(PersonScore p, Figure f) {
        return p.products().stream().filter(f::counts).toList();
    }

    /** The number of products behind {@code f} (not weighted). */
    public static int count(PersonScore p, Figure f) {
        return (int) p.products().stream().filter(f::counts).count();
    }

    /** Asks the screen to list the products behind a figure of {@code p} ({@link #drill()}). */
    public void open(PersonScore p, Figure f) {
        choose(p);
        drill.fire(new Drill(Messages.get("evaluation.ui.drill.head", f.label(), p.fullName(),
                sheet.get() == null ? "" : sheet.get().period().label()), products(p, f)));
    }

    /** Asks the screen to list the products that cost {@code p} points, with each deduction. */
    public void openDeductions(PersonScore p) {
        choose(p);
        List<Long> ids = p.deductions().stream().map(Deduction::occurrenceId).distinct().toList();
        drill.fire(new Drill(Messages.get("evaluation.ui.drill.deductions", p.fullName()),
                p.products().stream().filter(x -> ids.contains(x.occurrenceId())).toList()));
    }

    /** Fired when the products behind a figure are to be listed. */
    public Signal<Drill> drill() {
        return drill;
    }

    /** What a drill-down lists: its heading and the products. */
    public record Drill(String head, List<Product> products) {
    }

    // ---- documents ----

    /** Has the screen open the phiếu theo dõi, đánh giá of the person chosen in the print preview. */
    public void previewSheet() {
        EvaluationSheet s = sheet.get();
        PersonScore p = selected.get();
        if (s == null || p == null) {
            return;
        }
        try {
            previewReady.fire(new Preview(documents.personSheet(s, p.staffId()),
                    EvaluationDocuments.personFileName(s.period(), p)));
        } catch (ValidationException e) {
            dialogs.error(e.userMessage());
        }
    }

    /**
     * Asks for a folder (a USB stick) and writes into it, behind a progress bar, the period's summary table (.xlsx)
     * and the phiếu of each person shown (.docx); says which files were written and offers to open the table.
     */
    public void export() {
        dialogs.chooseFolder("evaluation.ui.export.choose").ifPresent(this::exportTo);
    }

    /** Writes the period's files into {@code dir} (as {@link #export()} does once the folder is chosen). */
    public void exportTo(Path dir) {
        EvaluationPeriod p = period();
        Long u = unit.get() == null ? null : unit.get().id();
        tasks.run("evaluation.ui.exporting", progress -> documents.writeAll(evaluation, p, u, dir, progress),
                files -> saved(dialogs, files), dialogs::report);
    }

    /** Says which files were written; the first (the table, the report) opens with "Mở tệp". */
    static void saved(DialogService dialogs, List<Path> files) {
        String list = String.join("\n", files.stream().map(f -> f.getFileName().toString()).toList());
        if (files.isEmpty()) {
            dialogs.info("evaluation.ui.export", Messages.get("evaluation.ui.exported.none"));
        } else {
            dialogs.saved("evaluation-exported-dialog", "evaluation.ui.export", Messages.get("evaluation.ui.exported",
                    files.size(), files.get(0).getParent().toString(), list), files.get(0), true);
        }
    }

    /** Fired when a phiếu is to be shown in the print preview. */
    public Signal<Preview> previewReady() {
        return previewReady;
    }

    /** A print preview to open: the document and the file name to propose. */
    public record Preview(OfficialDocument document, String fileName) {
    }

    // ---- the assessor's actions ----

    /** The form of a product's weight ("quy đổi"): the task's own; empty for the kind of task's. */
    public AssessmentForm weight(Product p) {
        return AssessmentForm.weight(this, p);
    }

    /** The form marking a completed product "chưa đạt chất lượng" (0 failed assessments clears the mark). */
    public AssessmentForm quality(Product p) {
        return AssessmentForm.quality(this, p);
    }

    /** The form exempting a product's quality failure as an objective cause. */
    public AssessmentForm exemptQuality(Product p) {
        return AssessmentForm.exemption(this, p, true);
    }

    /** The form exempting a product's delay as an objective cause. */
    public AssessmentForm exemptDelay(Product p) {
        return AssessmentForm.exemption(this, p, false);
    }

    /** The form of a legal case of the person chosen, forcing "không hoàn thành" for the year. */
    public AssessmentForm legalCase() {
        return AssessmentForm.legalCase(this);
    }

    /** The general criteria of the person chosen, as typed. */
    public AssessmentForm general() {
        return general;
    }

    /** The general criteria of the person chosen, as saved, to be entered again (a dialog opening). */
    public AssessmentForm enterGeneral() {
        general.fill(selected.get());
        return general;
    }

    /** Removes a legal case once the clerk agreed. */
    public boolean removeCase(LegalCase c) {
        if (!dialogs.confirm("evaluation.ui.case.remove", Messages.get("evaluation.ui.case.removeConfirm",
                c.description()))) {
            return false;
        }
        try {
            evaluation.removeCase(c.id());
        } catch (ValidationException e) {
            dialogs.error(e.userMessage());
            return false;
        }
        load();
        return true;
    }

    /** The changes of the person chosen in the period shown (weights, marks, exemptions, criteria, cases). */
    public List<AuditEntry> history() {
        return chosen().map(p -> evaluation.history(p.staffId(), period())).orElse(List.of());
    }

    EvaluationService service() {
        return evaluation;
    }

    LocalDate today() {
        return today;
    }

    /** A write went through: the figures are read again, the same person kept. */
    void written() {
        load();
    }

    Optional<PersonScore> chosen() {
        return Optional.ofNullable(selected.get());
    }

    /** The product of the person chosen with that occurrence, as the figures read last have it. */
    Optional<Product> product(long occurrenceId) {
        return chosen().flatMap(p -> p.products().stream().filter(x -> x.occurrenceId() == occurrenceId).findFirst());
    }

    // ---- texts shown ----

    /** "Đạt", "Chưa đạt (2 lần)", "Chưa đạt (2 lần), miễn trừ", "—" (not completed). */
    public static String qualityText(Product p) {
        if (!p.completed()) {
            return "—";
        }
        if (p.qualityFailures() == 0) {
            return Messages.get("evaluation.ui.quality.met");
        }
        String s = Messages.get("evaluation.ui.quality.failed", Integer.toString(p.qualityFailures()));
        return p.qualityExemption() == null ? s : s + Messages.get("evaluation.ui.exempted");
    }

    /** "Đúng hạn", "Chậm", "Chậm, miễn trừ", "Chưa hoàn thành". */
    public static String progressText(Product p) {
        if (!p.completed()) {
            return Messages.get("evaluation.ui.progress.notDone");
        }
        if (p.onTime()) {
            return Messages.get("evaluation.ui.progress.onTime");
        }
        return Messages.get("evaluation.ui.progress.late")
                + (p.delayExemption() == null ? "" : Messages.get("evaluation.ui.exempted"));
    }

    /** A weighted count or points: "3", "2,5". */
    public static String number(double v) {
        return VnFormat.number(v, 1);
    }

    /** "Xuất sắc", or "Không hoàn thành (*)" when forced. */
    public static String ratingText(PersonScore p) {
        return p.forcedBy().isEmpty() ? p.rating().shortLabel()
                : Messages.get("evaluation.ui.rating.forced", p.rating().shortLabel());
    }

    /** The person's line: name, post and unit, total and rating. */
    public static String summary(PersonScore p) {
        return Messages.get("evaluation.ui.person.summary", p.fullName(), p.jobTitle() == null ? "" : p.jobTitle(),
                p.unitName(), number(p.total()), p.rating().label());
    }

    /** Under it: the two parts of the points, and what is missing (no product, criteria not entered). */
    public static String details(PersonScore p) {
        List<String> out = new ArrayList<>();
        out.add(Messages.get("evaluation.ui.person.points", number(p.taskPoints()), number(p.generalPoints())));
        if (!p.hasProducts()) {
            out.add(Messages.get("evaluation.ui.person.noProducts"));
        }
        if (p.general() == null) {
            out.add(Messages.get("evaluation.ui.person.noGeneral"));
        }
        return String.join(" · ", out);
    }

    /** Why the rating was forced to "không hoàn thành", one reason a line; empty if it was not. */
    public static String forcedText(PersonScore p) {
        return p.forcedBy().isEmpty() ? "" : Messages.get("evaluation.ui.person.forced", String.join("; ", p.forcedBy()));
    }

    /** A product's notes: carried over, why its quality failed, its exemptions. */
    public static String notes(Product p) {
        List<String> out = new ArrayList<>();
        if (p.carriedOver()) {
            out.add(Messages.get("evaluation.ui.note.carriedOver"));
        }
        if (p.qualityFailures() > 0 && p.qualityReason() != null && !p.qualityReason().isBlank()) {
            out.add(Messages.get("evaluation.ui.note.qualityReason", p.qualityReason()));
        }
        if (p.delayExemption() != null) {
            out.add(Messages.get("evaluation.ui.note.delayExempted", exemptionText(p.delayExemption())));
        }
        if (p.qualityExemption() != null) {
            out.add(Messages.get("evaluation.ui.note.qualityExempted", exemptionText(p.qualityExemption())));
        }
        return String.join("; ", out);
    }

    /** "Miễn trừ: lý do — xác nhận: ai, ngày". */
    public static String exemptionText(Exemption e) {
        return e == null ? "" : Messages.get("evaluation.ui.exemption.text", e.reason(), e.confirmedBy(),
                VnFormat.date(e.confirmedOn()));
    }

    /** A violation of the year, on one line: what, the measure decided, the decision. */
    public static String disciplineText(DisciplineFact d) {
        String s = Messages.get("evaluation.ui.discipline.line", d.content(),
                d.decided() == null ? Messages.get("evaluation.ui.measure.none") : d.decided().label());
        return d.decisionNumber() == null || d.decisionDate() == null ? s
                : s + Messages.get("evaluation.ui.discipline.decision", d.decisionNumber(), VnFormat.date(d.decisionDate()));
    }

    /** The value of a criterion entered, "—" when none. */
    static String criterion(GeneralCriteria g, String name) {
        if (g == null) {
            return "—";
        }
        double v = switch (name) {
            case "politics" -> g.politics();
            case "ethics" -> g.ethics();
            case "discipline" -> g.discipline();
            case "culture" -> g.culture();
            case "citizens" -> g.citizens();
            case "innovation" -> g.innovation();
            default -> throw new IllegalArgumentException(name);
        };
        return VnFormat.number(v, 2);
    }

    /** The criteria entered, for the summary under the form. */
    static String criteriaText(GeneralCriteria g) {
        return g == null ? Messages.get("evaluation.ui.general.none")
                : Messages.get("evaluation.ui.general.entered", number(g.total()),
                        g.assessedBy() == null ? "" : g.assessedBy(),
                        g.assessedOn() == null ? "" : VnFormat.date(g.assessedOn()));
    }

    // ---- properties ----

    public ReadOnlyObjectProperty<EvaluationSheet> sheetProperty() {
        return sheet.getReadOnlyProperty();
    }

    public ObservableList<PersonScore> people() {
        return people;
    }

    public ReadOnlyObjectProperty<PersonScore> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return reading.busyProperty();
    }

    /** A unit to choose: {@code id} null for the whole UBND. */
    public record UnitChoice(Long id, String name) {
        static final UnitChoice WHOLE = new UnitChoice(null, Messages.get("evaluation.ui.wholeCommune"));
    }
}
