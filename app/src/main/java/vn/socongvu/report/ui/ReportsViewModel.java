package vn.socongvu.report.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;

import vn.socongvu.audit.AuditEntry;
import vn.socongvu.common.FieldError;
import vn.socongvu.common.ValidationException;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.document.DocumentRegister;
import vn.socongvu.document.OfficialDocument;
import vn.socongvu.i18n.Messages;
import vn.socongvu.report.Report;
import vn.socongvu.report.ReportData;
import vn.socongvu.report.ReportFigures;
import vn.socongvu.report.ReportKind;
import vn.socongvu.report.ReportPart;
import vn.socongvu.report.ReportPeriod;
import vn.socongvu.report.ReportService;
import vn.socongvu.report.ReportTable;
import vn.socongvu.report.ReportTables;
import vn.socongvu.report.TraceKey;
import vn.socongvu.report.TraceRow;
import vn.socongvu.report.Tthc;
import vn.socongvu.settings.SettingsService;
import vn.socongvu.settings.Signer;
import vn.socongvu.text.VnFormat;
import vn.socongvu.ui.kit.DialogService;
import vn.socongvu.ui.kit.EditGuard;
import vn.socongvu.ui.kit.FieldErrors;
import vn.socongvu.ui.kit.LatestRequest;
import vn.socongvu.ui.kit.Signal;
import vn.socongvu.ui.kit.TaskRunner;

/**
 * Báo cáo: the period chosen, its window and deadline, the report's figures (counted off the FX thread) with
 * the records behind each, the TTHC form, the clerk's text, the number, the preview and the export.
 */
public final class ReportsViewModel {
    /** The TTHC form's fields, as the report names them, in the order shown: six counts, then the satisfaction. */
    static final List<String> TTHC_FIELDS = List.of("tthcOnline", "tthcInPerson", "tthcEarly", "tthcOnTime",
            "tthcLate", "tthcPending", "tthcSatisfaction");
    private static final int TTHC_COUNTS = 6;
    private final ReportService reports;
    private final DialogService dialogs;
    private final TaskRunner tasks;
    /** The report's texts as loaded and its audit mark: a save refused because someone else changed it asks the clerk. */
    private final EditGuard<Report.Draft> guard;

    final ObjectProperty<ReportKind> kind = new SimpleObjectProperty<>();
    final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    final ObjectProperty<Integer> quarter = new SimpleObjectProperty<>(1);

    /** What the clerk writes, part by part (the tab "Nội dung" shows one part at a time). */
    private final Map<ReportPart, StringProperty> texts = new EnumMap<>(ReportPart.class);
    /** The part shown in the tab "Nội dung". */
    final ObjectProperty<ReportPart> part = new SimpleObjectProperty<>(ReportPart.values()[0]);
    /** Beside each part in the list: written, or what the report prints in its place. */
    private final Map<ReportPart, StringBinding> partStatus = new EnumMap<>(ReportPart.class);
    private final Map<String, StringProperty> tthcTexts = new LinkedHashMap<>();
    final ObjectProperty<Signer> signer = new SimpleObjectProperty<>();
    final StringProperty number = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> issuedOn = new SimpleObjectProperty<>();
    /** Said under the number while the one typed is already given this year (the next free one named). */
    final StringProperty numberWarning = new SimpleStringProperty("");

    final FieldErrors errors = new FieldErrors(Stream.concat(Stream.of(ReportPart.values()).map(ReportPart::field),
            Stream.of("tthcOnline", "tthcInPerson", "tthcEarly", "tthcOnTime", "tthcLate", "tthcPending",
                    "tthcSatisfaction", "signer", "number", "issuedOn", "figures", "format")).toArray(String[]::new));

    private final ReadOnlyStringWrapper windowText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper dueText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper tthcSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Report> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<ReportTable>> tables = new ReadOnlyObjectWrapper<>(List.of());
    private final LatestRequest reading;
    private final Signal<Preview> previewReady = new Signal<>();
    private final List<Signer> signers;
    private ReportData data;
    private ReportFigures figures;
    private boolean applying;

    public ReportsViewModel(ReportService reports, SettingsService settings, DialogService dialogs, TaskRunner tasks) {
        this.reports = reports;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.guard = new EditGuard<>(dialogs, ReportService::merge);
        this.reading = tasks.latest("socongvu-report");
        this.signers = settings.signers().stream().filter(Signer::active).toList();
        ReportPeriod next = reports.nextDue();
        applying = true;
        kind.set(next.kind());
        year.set(next.year());
        quarter.set(next.kind() == ReportKind.QUARTER ? next.quarter() : reports.nextDue(ReportKind.QUARTER).quarter());
        applying = false;
        kind.addListener((o, a, b) -> kindChanged(b));
        year.addListener((o, a, b) -> periodChanged());
        quarter.addListener((o, a, b) -> periodChanged());
        for (ReportPart p : ReportPart.values()) {
            texts.put(p, new SimpleStringProperty(""));
        }
        for (String field : TTHC_FIELDS) {
            StringProperty p = new SimpleStringProperty("");
            p.addListener((o, a, b) -> tthcSummary.set(summary()));
            tthcTexts.put(field, p);
        }
        for (ReportPart p : ReportPart.values()) {
            List<Observable> on = new ArrayList<>(List.of(text(p), tables));
            on.addAll(tthcTexts.values()); // the TTHC figures typed give the areas of TTHC and chính quyền số figures
            partStatus.put(p, Bindings.createStringBinding(() -> partStatusText(p), on.toArray(Observable[]::new)));
        }
        number.addListener((o, was, value) -> checkNumber());
        issuedOn.addListener((o, was, value) -> checkNumber());
    }

    /** Another kind chosen: its period is the one of that kind due next (in December, a quarter's is the IVth). */
    private void kindChanged(ReportKind k) {
        if (!applying && k != null) {
            ReportPeriod next = reports.nextDue(k);
            applying = true;
            year.set(next.year());
            if (k == ReportKind.QUARTER) {
                quarter.set(next.quarter());
            }
            applying = false;
        }
        periodChanged();
    }

    private void periodChanged() {
        if (!applying && kind.get() != null && year.get() != null) {
            load();
        }
    }

    public ReportPeriod period() {
        return kind.get() == ReportKind.QUARTER ? ReportPeriod.quarter(year.get(), quarter.get() == null ? 1 : quarter.get())
                : ReportPeriod.of(kind.get(), year.get());
    }

    /** The years offered: from the first year with records (or five back) to next year. */
    List<Integer> years() {
        int now = reports.today().getYear();
        List<Integer> out = new ArrayList<>();
        for (int y = now + 1; y >= now - 5; y--) {
            out.add(y);
        }
        return out;
    }

    /** The active signers (read once, when the screen is first built). */
    List<Signer> signers() {
        return signers;
    }

    /** What a load reads: the report, its records, and the texts that need the database. */
    private record Loaded(Report report, long mark, ReportData data, String status, String window, String due,
                          int proposed) {
    }

    private Loaded read(ReportPeriod p) {
        ReportService.Opened opened = reports.openForEditing(p); // its mark taken before its texts are read
        Report r = opened.report();
        long mark = opened.mark();
        ReportData d = reports.data(r);
        long left = reports.daysLeft(p);
        String due = Messages.get(left < 0 ? "reports.due.late" : left == 0 ? "reports.due.today" : "reports.due.left",
                VnFormat.date(reports.due(p)), Long.toString(Math.abs(left)), VnFormat.date(reports.unitsDue(p)));
        String window = Messages.get("reports.window", VnFormat.date(r.window().from()), VnFormat.date(r.window().to()));
        return new Loaded(r, mark, d, status(r, d), window, due, reports.proposeNumber(reports.today()));
    }

    /** Reads the chosen period's report and counts its figures on a background thread. */
    public void load() {
        ReportPeriod p = period();
        errors.clear();
        reading.run(() -> read(p), this::apply, e -> statusText.set(Messages.get("reports.error.load")));
    }

    private void apply(Loaded l) {
        Report r = l.report();
        report.set(r);
        guard.loaded(ReportService.draft(r), l.mark());
        data = l.data();
        setTexts(r.narrative());
        Tthc t = r.tthc();
        List<Integer> counts = Arrays.asList(t.receivedOnline(), t.receivedInPerson(), t.resolvedEarly(),
                t.resolvedOnTime(), t.resolvedLate(), t.pending());
        for (int i = 0; i < TTHC_COUNTS; i++) {
            tthcText(TTHC_FIELDS.get(i)).set(str(counts.get(i)));
        }
        tthcText("tthcSatisfaction").set(t.satisfaction() == null ? "" : VnFormat.number(t.satisfaction(), 2));
        signer.set(signers.stream().filter(s -> r.signerId() != null && s.id() == r.signerId()).findFirst()
                .orElse(null));
        number.set(r.numbered() ? r.number() : Integer.toString(l.proposed()));
        issuedOn.set(r.issuedOn() != null ? r.issuedOn() : reports.today());
        refreshFigures();
        windowText.set(l.window());
        dueText.set(l.due());
        statusText.set(l.status());
    }

    private void refreshFigures() {
        Report r = report.get();
        figures = r.frozen() != null ? r.frozen() : data.figures(Tthc.NONE);
        tables.set(ReportTables.of(figures.withTthc(r.tthc())));
    }

    private String status(Report r, ReportData d) {
        if (r.numbered()) {
            return Messages.get("reports.status.numbered", r.number(), VnFormat.date(r.issuedOn()),
                    VnFormat.date(r.frozenAsOf()));
        }
        if (r.frozen() != null) {
            return Messages.get("reports.status.frozen", VnFormat.date(r.frozenAsOf()),
                    r.exportedAt() == null ? "" : Messages.get("reports.status.exported",
                            VnFormat.dateTime(r.exportedAt())));
        }
        if (r.id() == null) {
            return reports.previous(r.period()).map(p -> Messages.get("reports.status.newFrom", p.period().label()))
                    .orElse(Messages.get("reports.status.new"));
        }
        return Messages.get("reports.status.live", VnFormat.date(d.asOf()));
    }

    private void setTexts(Report.Narrative n) {
        for (ReportPart p : ReportPart.values()) {
            text(p).set(n.text(p));
        }
    }

    /** The text of one part as typed. */
    StringProperty text(ReportPart p) {
        return texts.get(p);
    }

    private Report.Narrative narrative() {
        Map<ReportPart, String> m = new EnumMap<>(ReportPart.class);
        texts.forEach((p, t) -> m.put(p, t.get()));
        return new Report.Narrative(m);
    }

    /** Beside a part in the tab "Nội dung": "Đã viết", or what the report prints while it is not written. */
    ObservableStringValue partStatus(ReportPart p) {
        return partStatus.get(p);
    }

    private String partStatusText(ReportPart p) {
        if (!text(p).get().isBlank()) {
            return Messages.get("reports.part.written");
        }
        return Messages.get(switch (p.section()) {
            case DIRECTION -> "reports.part.empty";
            case RESULTS -> figuresTyped() != null && ReportService.hasFigures(p, figuresTyped())
                    ? "reports.part.emptyFigures" : "reports.part.emptyLeftOut";
            case RECOMMENDATIONS -> "reports.part.emptyNoRecommendations";
            default -> "reports.part.emptyDots";
        });
    }

    /** The figures shown with the TTHC figures as typed (those saved while one is not a number); null before. */
    private ReportFigures figuresTyped() {
        if (figures == null || report.get() == null) {
            return null;
        }
        try {
            return figures.withTthc(tthc());
        } catch (ValidationException e) {
            return figures.withTthc(report.get().tthc());
        }
    }

    /** The form as typed. @throws ValidationException naming each TTHC field that is not a number */
    private Report.Draft draft() {
        return new Report.Draft(period(), narrative(), tthc(), signer.get() == null ? null : signer.get().id());
    }

    private static String str(Integer i) {
        return i == null ? "" : Integer.toString(i);
    }

    // ---- TTHC ----

    /** The text typed in one of the {@link #TTHC_FIELDS}. */
    StringProperty tthcText(String field) {
        return tthcTexts.get(field);
    }

    private Integer count(String field) {
        String typed = tthcText(field).get();
        String s = typed == null ? "" : typed.strip().replace(".", "").replace(" ", "");
        if (s.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            throw ValidationException.of(field, "report.error.count");
        }
    }

    private Double percent() {
        String typed = tthcText("tthcSatisfaction").get();
        String s = typed == null ? "" : typed.strip().replace("%", "").strip().replace(",", ".");
        if (s.isEmpty()) {
            return null;
        }
        try {
            return Double.valueOf(s);
        } catch (NumberFormatException e) {
            throw ValidationException.of("tthcSatisfaction", "report.error.percent");
        }
    }

    /** The TTHC figures as typed; every field that is not a number is named at once. */
    Tthc tthc() {
        List<FieldError> bad = new ArrayList<>();
        Integer[] v = new Integer[TTHC_COUNTS];
        for (int i = 0; i < TTHC_COUNTS; i++) {
            try {
                v[i] = count(TTHC_FIELDS.get(i));
            } catch (ValidationException e) {
                bad.addAll(e.errors());
            }
        }
        Double sat = null;
        try {
            sat = percent();
        } catch (ValidationException e) {
            bad.addAll(e.errors());
        }
        if (!bad.isEmpty()) {
            throw new ValidationException(bad);
        }
        return new Tthc(v[0], v[1], v[2], v[3], v[4], v[5], sat);
    }

    /** "Tổng 1.234 hồ sơ; trực tuyến 45,5 %; đúng và trước hạn 98,2 %", or what is wrong. */
    private String summary() {
        try {
            Tthc t = tthc();
            if (!t.entered()) {
                return Messages.get("reports.tthc.none");
            }
            return Messages.get("reports.tthc.summary", VnFormat.integer(t.received()),
                    t.onlineShare() == null ? "—" : VnFormat.percent(t.onlineShare()),
                    t.inTimeShare() == null ? "—" : VnFormat.percent(t.inTimeShare()));
        } catch (ValidationException e) {
            return "";
        }
    }

    // ---- actions ----

    /** Saves the text, the TTHC figures and the signer. @return false with the errors shown at the fields */
    public boolean save() {
        errors.clear();
        try {
            ReportPeriod p = period();
            Report.Draft mine = draft();
            Report saved = guard.save(mine, reports::save, () -> ReportService.draft(reports.open(p)),
                    this::mineText, () -> {
                        apply(read(p));
                        statusText.set(Messages.get("conflict.keptTheirs"));
                    });
            if (saved == null) {
                return false;
            }
            // the mark first, then the texts again: the same as saved, unless another PC saved right after this one
            ReportService.Opened now = reports.openForEditing(p);
            if (!ReportService.draft(now.report()).equals(ReportService.draft(saved))) {
                apply(read(p)); // the form shows the report as it is now, at its mark
                return true;
            }
            report.set(saved);
            guard.loaded(ReportService.draft(saved), now.mark());
            refreshFigures();
            statusText.set(status(saved, data));
            return true;
        } catch (ValidationException e) {
            errors.show(e);
            // A text too long is shown in the tab "Nội dung" with its part, which may not be the one shown.
            Stream.of(ReportPart.values()).filter(p -> !errors.get(p.field()).isEmpty()).findFirst()
                    .ifPresent(part::set);
            return false;
        }
    }

    /** The clerk's value of a field (its audit key) as the history writes it, for the conflict dialog. */
    private String mineText(String field) {
        for (ReportPart p : ReportPart.values()) {
            if (p.labelKey().equals(field)) {
                return text(p).get();
            }
        }
        return switch (field) {
            case "report.tthc.receivedOnline" -> tthcText("tthcOnline").get();
            case "report.tthc.receivedInPerson" -> tthcText("tthcInPerson").get();
            case "report.tthc.resolvedEarly" -> tthcText("tthcEarly").get();
            case "report.tthc.resolvedOnTime" -> tthcText("tthcOnTime").get();
            case "report.tthc.resolvedLate" -> tthcText("tthcLate").get();
            case "report.tthc.pending" -> tthcText("tthcPending").get();
            case "report.tthc.satisfaction" -> tthcText("tthcSatisfaction").get();
            case "report.field.signer" -> signer.get() == null ? null : signer.get().fullName();
            default -> null;
        };
    }

    /** Puts the previous report's text in place of what is in the form, or says there is none. */
    public void takePreviousText() {
        var prev = reports.previous(period());
        prev.ifPresent(p -> setTexts(p.narrative()));
        if (prev.isEmpty()) {
            dialogs.error(Messages.get("reports.text.noPrevious"));
        }
    }

    /** Counts the figures again once the clerk agreed (what was counted before is replaced). */
    public void askRecompute() {
        if (dialogs.confirm("reports.recompute", Messages.get("reports.recompute.confirm"))) {
            recompute();
        }
    }

    /** Counts the figures again from the records (a saved report, before it is numbered). */
    public boolean recompute() {
        errors.clear();
        if (!save()) {
            return false;
        }
        try {
            reports.recompute(report.get().id());
            load();
            return true;
        } catch (ValidationException e) {
            errors.show(e);
            return false;
        }
    }

    /** The warning under the number: the one typed is already given in the year of the issue date. */
    private void checkNumber() {
        numberWarning.set(reports.numberWarning(issuedOn.get(), number.get()).orElse(""));
    }

    /** Gives the report its number (saving it first) and freezes its figures. */
    public boolean giveNumber() {
        if (!save()) {
            return false;
        }
        int n;
        try {
            n = Integer.parseInt(number.get().strip());
        } catch (NumberFormatException | NullPointerException e) {
            errors.show(ValidationException.of("number", "document.error.numberPositive"));
            return false;
        }
        if (n <= 0) {
            errors.show(ValidationException.of("number", "document.error.numberPositive"));
            return false;
        }
        LocalDate on = issuedOn.get();
        if (!dialogs.confirm("reports.issue.give", Messages.get("reports.confirmNumber", ReportService.title(period()),
                DocumentKind.BAO_CAO.formatNumber(n, DocumentRegister.ISSUER_CODE), on == null ? "" : VnFormat.date(on)))) {
            return false;
        }
        try {
            reports.number(report.get().id(), n, on);
            load();
            return true;
        } catch (ValidationException e) {
            errors.show(e);
            return false;
        }
    }

    /**
     * What the report as typed would still print empty or as a placeholder (ReportService#gaps): not numbered,
     * no signer, each part not written, the TTHC figures not entered, targets without a value. Empty: nothing.
     * @throws ValidationException naming each TTHC field that is not a number
     */
    public List<ReportService.Gap> gaps() {
        Report.Draft d = draft();
        return ReportService.gaps(report.get().edited(d), figures.withTthc(d.tthc()));
    }

    /** Saves, then has the screen open the report's print preview ({@link #previewReady}). */
    public void preview() {
        if (save()) {
            previewReady.fire(new Preview(reports.document(report.get()),
                    Messages.get("report.file.docx", ReportService.fileBase(period()))));
        }
    }

    /**
     * Asks, when the report would still print something empty or as a placeholder ({@link #gaps()}, listed),
     * whether to export anyway ("Vẫn xuất") or go back ("Quay lại"); then for the folder (a USB stick) and exports
     * into it. Nothing is saved or written when the clerk goes back or cancels the choice.
     */
    public void export() {
        errors.clear();
        if (report.get() == null) {
            return; // still reading the period's report
        }
        List<ReportService.Gap> gaps;
        try {
            gaps = gaps();
        } catch (ValidationException e) {
            errors.show(e); // a TTHC figure that is not a number: said at its field, nothing asked or written
            return;
        }
        if (!gaps.isEmpty() && !dialogs.confirmList("reports-gaps-dialog", "reports.export",
                Messages.get("reports.gaps.header"), gaps.stream().map(ReportService.Gap::text).toList(),
                Messages.get("reports.gaps.question"), "reports.gaps.export", "reports.gaps.back")) {
            return;
        }
        dialogs.chooseFolder("reports.export.choose").ifPresent(this::exportTo);
    }

    /**
     * Saves, then writes the .docx and .xlsx into {@code dir} in the background; says which files were written
     * and opens the report.
     */
    public void exportTo(Path dir) {
        if (!save()) {
            return;
        }
        ReportPeriod p = period();
        tasks.run("reports.exporting", progress -> reports.export(p, dir, true, true, progress), done -> {
            load();
            String files = String.join("\n", done.files().stream().map(Path::toString).toList());
            if (done.files().isEmpty()) {
                dialogs.info("reports.export", Messages.get("reports.exported", files));
            } else { // the report first: "Mở tệp" opens it, "Mở thư mục" shows it among the others
                dialogs.saved("reports-exported-dialog", "reports.export", Messages.get("reports.exported", files),
                        done.files().get(0), true);
            }
        }, dialogs::report);
    }

    /** Fired when a preview is to be opened (the screen opens its window). */
    public Signal<Preview> previewReady() {
        return previewReady;
    }

    /** The records behind a figure (read from the records now, also for a report whose figures are frozen). */
    public List<TraceRow> trace(TraceKey key) {
        return data == null ? List.of() : data.trace(key);
    }

    public boolean frozen() {
        return report.get() != null && report.get().frozen() != null;
    }

    public List<AuditEntry> history() {
        Report r = report.get();
        return r == null || r.id() == null ? List.of() : reports.history(r.id());
    }

    public ReadOnlyObjectProperty<Report> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<ReportTable>> tablesProperty() {
        return tables.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return reading.busyProperty();
    }

    public ReadOnlyStringProperty windowTextProperty() {
        return windowText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dueTextProperty() {
        return dueText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty tthcSummaryProperty() {
        return tthcSummary.getReadOnlyProperty();
    }

    /** The figures shown (frozen or counted), for the summary line. */
    public ReportFigures figures() {
        Report r = report.get();
        return figures == null || r == null ? null : figures.withTthc(r.tthc());
    }

    /** A print preview to open: the report as a document, and the file name to propose. */
    public record Preview(OfficialDocument document, String fileName) {
    }
}
