package vn.socongvu.evaluation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.socongvu.common.Progress;
import vn.socongvu.common.ValidationException;
import vn.socongvu.directory.DirectoryService;
import vn.socongvu.directory.Staff;
import vn.socongvu.directory.Unit;
import vn.socongvu.document.Block;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.document.DocumentRegister;
import vn.socongvu.document.DocxWriter;
import vn.socongvu.document.OfficialDocument;
import vn.socongvu.document.Signature;
import vn.socongvu.document.Spreadsheet;
import vn.socongvu.document.XlsxWriter;
import vn.socongvu.i18n.Messages;
import vn.socongvu.settings.CommuneIdentity;
import vn.socongvu.settings.SettingsService;
import vn.socongvu.settings.SignAuthority;
import vn.socongvu.settings.Signer;
import vn.socongvu.storage.SafeFiles;
import vn.socongvu.text.VnFormat;
import vn.socongvu.text.VnText;

/**
 * The papers of the evaluation (Nghị định 335/2025), described for the document engine:
 * <ul>
 * <li>the PHIẾU THEO DÕI, ĐÁNH GIÁ of one person for a month or a quarter (Word): who, which period; I. the general
 * criteria with their points (of 30) and the person's recorded violations; II. the products assigned (due, completed,
 * on time or late, weight, quality), the three rates, every 25 % deduction with its reason and every objective cause
 * exempted, the task-result points (of 70; a leader's with the unit's result and organising); III. the total and the
 * rating, with the reasons a rating was forced; signed side by side by the person and the assessor;</li>
 * <li>the summary table of a unit (or the whole UBND) for a month or a quarter (Excel): one row a person with the
 * counts, the three rates, the points and the rating, the count per rating in the totals row, the 20 % ceiling on
 * "xuất sắc" checked per unit and group, and every product behind the figures;</li>
 * <li>the commune's year: the BÁO CÁO of the ratings (overall and per unit, the list of people; signed for the
 * committee) and its Excel twin.</li>
 * </ul>
 * Content only: the writers decide how it looks. The assessor of a person is the head of their unit (a leader of the
 * unit whose post is not a deputy's), the chairman for the unit heads and where the unit has no head.
 */
public final class EvaluationDocuments {
    private final SettingsService settings;
    private final DirectoryService directory;
    private final LocalDate date;

    /** Papers dated the day they are made. */
    public EvaluationDocuments(SettingsService settings, DirectoryService directory) {
        this(settings, directory, null);
    }

    /** Papers dated {@code date} (null: the day they are made). */
    public EvaluationDocuments(SettingsService settings, DirectoryService directory, LocalDate date) {
        this.settings = settings;
        this.directory = directory;
        this.date = date;
    }

    /**
     * What the papers need beyond the figures: the commune, its signers, its staff and units (for the assessors and
     * the units' names), and the day written on the papers.
     */
    public record Context(CommuneIdentity identity, List<Signer> signers, List<Staff> staff, List<Unit> units,
                          LocalDate date) {
        public Context {
            signers = List.copyOf(signers);
            staff = List.copyOf(staff);
            units = List.copyOf(units);
        }

        /** @throws ValidationException when the commune is not set up yet */
        public static Context of(SettingsService settings, DirectoryService directory, LocalDate date) {
            CommuneIdentity id = settings.identity().orElseThrow(() ->
                    ValidationException.of("id", "settings.error.notSetUp"));
            return new Context(id, settings.signers().stream().filter(Signer::active).toList(),
                    directory.staff().stream().filter(Staff::active).toList(), directory.units(), date);
        }

        /** Who signs for the committee: the active TM signer (the chairman), else the first active one; or null. */
        public Signer chairman() {
            return signers.stream().filter(s -> s.authority() == SignAuthority.TM).findFirst()
                    .orElse(signers.isEmpty() ? null : signers.getFirst());
        }

        String unitName(Long unitId) {
            return unitId == null ? null : units.stream().filter(u -> u.id() == unitId).map(Unit::name).findFirst()
                    .orElse(null);
        }

        /**
         * The assessor's signature: the head of the person's unit for its staff and deputies; the chairman for the
         * unit heads, and for anyone in a unit without a head; the competent authority (name left to write) for the
         * chairman.
         */
        public Signature assessor(long staffId, long unitId, boolean leader, String jobTitle) {
            String role = Messages.get("evaluation.doc.sign.assessor");
            Signer chair = chairman();
            String chairName = chair == null ? null : VnText.fold(chair.fullName());
            if (!leader || deputy(jobTitle)) {
                Optional<Staff> head = staff.stream()
                        .filter(s -> s.unitId() == unitId && s.leader() && s.id() != staffId && !deputy(s.jobTitle()))
                        .min(Comparator.comparing((Staff s) -> !VnText.fold(s.fullName()).equals(chairName))
                                .thenComparingLong(Staff::id));
                if (head.isPresent()) {
                    String title = head.get().jobTitle() == null || head.get().jobTitle().isBlank()
                            ? Messages.get("evaluation.doc.sign.unitHead") : head.get().jobTitle();
                    return new Signature(List.of(role), title, head.get().fullName());
                }
            }
            boolean isChair = staff.stream().anyMatch(s -> s.id() == staffId
                    && VnText.fold(s.fullName()).equals(chairName));
            if (chair == null || isChair) {
                return new Signature(List.of(role), Messages.get("evaluation.doc.sign.higher"), "");
            }
            return new Signature(List.of(role), chair.title(), chair.fullName());
        }

        private static boolean deputy(String jobTitle) {
            return jobTitle != null && VnText.fold(jobTitle).startsWith("pho ");
        }
    }

    /** The context of this data folder's commune, dated as these papers are. */
    public Context context() {
        return Context.of(settings, directory, date != null ? date : LocalDate.now());
    }

    // ---- the files, as the window and the command line write them ----

    /** The phiếu of one person of the sheet. @throws ValidationException when the person is not in the sheet */
    public OfficialDocument personSheet(EvaluationSheet sheet, long staffId) {
        return personSheetOf(sheet, person(sheet, staffId), context());
    }

    public Spreadsheet periodTable(EvaluationSheet sheet) {
        return periodTableOf(sheet, context());
    }

    public OfficialDocument yearReport(YearSheet year) {
        return yearReportOf(year, context());
    }

    public Spreadsheet yearTable(YearSheet year) {
        return yearTableOf(year, context());
    }

    /** Writes one person's phiếu into {@code dir}; returns the file. */
    public Path writePersonSheet(EvaluationSheet sheet, long staffId, Path dir) {
        PersonScore p = person(sheet, staffId);
        OfficialDocument d = personSheetOf(sheet, p, context());
        return SafeFiles.write(dir.resolve(personFileName(sheet.period(), p)), o -> DocxWriter.write(d, o));
    }

    /** Writes the summary table of the sheet into {@code dir}; returns the file. */
    public Path writePeriodTable(EvaluationSheet sheet, Path dir) {
        Context c = context();
        Spreadsheet s = periodTableOf(sheet, c);
        return SafeFiles.write(dir.resolve(periodFileName(sheet, c)), o -> XlsxWriter.write(s, o));
    }

    /** Writes the year's report (.docx) and its table (.xlsx) into {@code dir}; returns both files. */
    public List<Path> writeYear(YearSheet year, Path dir) {
        Context c = context();
        OfficialDocument d = yearReportOf(year, c);
        Spreadsheet s = yearTableOf(year, c);
        return List.of(SafeFiles.write(dir.resolve(yearFileName(year, c, "docx")), o -> DocxWriter.write(d, o)),
                SafeFiles.write(dir.resolve(yearFileName(year, c, "xlsx")), o -> XlsxWriter.write(s, o)));
    }

    /**
     * Every file of a period into {@code dir}: for a month or a quarter the summary table then each person's phiếu;
     * for a year the report and its table. {@code unitId} null: the whole UBND. Returns the files in that order.
     */
    public List<Path> writeAll(EvaluationService evaluation, EvaluationPeriod period, Long unitId, Path dir,
                               Progress progress) {
        if (period.kind() == EvaluationPeriod.Kind.YEAR) {
            progress.update(0.1, Messages.get("evaluation.doc.progress.year", period.label()));
            YearSheet year = evaluation.year(period.year(), unitId);
            progress.checkCancelled();
            List<Path> out = writeYear(year, dir);
            progress.update(1, "");
            return out;
        }
        progress.update(0.05, Messages.get("evaluation.doc.progress.sheet", period.label()));
        EvaluationSheet sheet = evaluation.sheet(period, unitId);
        Context c = context();
        List<Path> out = new ArrayList<>();
        Spreadsheet table = periodTableOf(sheet, c);
        out.add(SafeFiles.write(dir.resolve(periodFileName(sheet, c)), o -> XlsxWriter.write(table, o)));
        Set<String> names = new HashSet<>();
        int n = 0;
        for (PersonScore p : sheet.people()) {
            progress.checkCancelled();
            progress.update(0.1 + 0.9 * n++ / Math.max(1, sheet.people().size()),
                    Messages.get("evaluation.doc.progress.person", p.fullName()));
            String name = personFileName(period, p);
            if (!names.add(name)) { // two people of the same name: the second one's file carries its number
                name = name.replace(".docx", "-" + p.staffId() + ".docx");
                names.add(name);
            }
            OfficialDocument d = personSheetOf(sheet, p, c);
            out.add(SafeFiles.write(dir.resolve(name), o -> DocxWriter.write(d, o)));
        }
        progress.update(1, "");
        return out;
    }

    /** "phieu-danh-gia-quy-iii-nam-2026-nguyen-van-an.docx". */
    public static String personFileName(EvaluationPeriod period, PersonScore person) {
        return Messages.get("evaluation.doc.file.person", VnText.slug(period.label(), 40),
                VnText.slug(person.fullName(), 40));
    }

    /** "bang-danh-gia-quy-iii-nam-2026.xlsx", "bang-danh-gia-quy-iii-nam-2026-phong-kinh-te.xlsx" for one unit. */
    public static String periodFileName(EvaluationSheet sheet, Context c) {
        return Messages.get("evaluation.doc.file.period", VnText.slug(sheet.period().label(), 40)
                + unitSuffix(sheet.unitId(), sheet.people().stream().map(PersonScore::unitName).findFirst(), c));
    }

    /** "tong-hop-danh-gia-nam-2026.docx" (or .xlsx), with the unit's name for one unit. */
    public static String yearFileName(YearSheet year, Context c, String extension) {
        return Messages.get("evaluation.doc.file.year", Integer.toString(year.year())
                + unitSuffix(year.unitId(), year.people().stream().map(YearScore::unitName).findFirst(), c), extension);
    }

    private static String unitSuffix(Long unitId, Optional<String> fromPeople, Context c) {
        if (unitId == null) {
            return "";
        }
        String name = Optional.ofNullable(c.unitName(unitId)).or(() -> fromPeople).orElse(Long.toString(unitId));
        return "-" + VnText.slug(name, 40);
    }

    private static PersonScore person(EvaluationSheet sheet, long staffId) {
        return sheet.person(staffId).orElseThrow(() -> ValidationException.of("staffId",
                "evaluation.doc.error.notInSheet"));
    }

    // ---- the phiếu of one person ----

    /** The PHIẾU THEO DÕI, ĐÁNH GIÁ of {@code p} for the sheet's month or quarter. */
    public static OfficialDocument personSheetOf(EvaluationSheet sheet, PersonScore p, Context c) {
        EvaluationPeriod period = sheet.period();
        List<Block> body = new ArrayList<>();
        body.add(field("evaluation.doc.sheet.name", p.fullName()));
        body.add(field("evaluation.doc.sheet.post", blankIfNull(p.jobTitle())));
        body.add(field("evaluation.doc.sheet.unit", p.unitName()));
        body.add(Block.Paragraph.of(Messages.get("evaluation.doc.sheet.period", VnFormat.date(period.start()),
                VnFormat.date(period.end()), VnFormat.date(sheet.asOf()))));

        general(body, p, period.year());
        tasks(body, p, sheet.settings());
        conclusion(body, p);

        return new OfficialDocument(DocumentKind.PHIEU_DANH_GIA, DocumentRegister.ISSUER_CODE, null, c.date(),
                OfficialDocument.Issuer.of(c.identity()), Messages.get("evaluation.doc.sheet.title", period.label()),
                List.of(), body, List.of(), c.assessor(p.staffId(), p.unitId(), p.leader(), p.jobTitle()),
                new Signature(List.of(Messages.get("evaluation.doc.sign.person")), blankIfNull(p.jobTitle()),
                        p.fullName()));
    }

    /** I. The six general criteria (of 30), the assessor's remark, the violations and legal cases of the year. */
    private static void general(List<Block> body, PersonScore p, int year) {
        body.add(Block.Heading.of(1, Messages.get("evaluation.doc.general")));
        GeneralCriteria g = p.general();
        double[] points = g == null ? null : new double[] {g.politics(), g.ethics(), g.discipline(), g.culture(),
            g.citizens(), g.innovation()};
        String[] keys = {"evaluation.doc.criterion.politics", "evaluation.doc.criterion.ethics",
            "evaluation.doc.criterion.discipline", "evaluation.doc.criterion.culture",
            "evaluation.doc.criterion.citizens", "evaluation.doc.criterion.innovation"};
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            rows.add(List.of(Integer.toString(i + 1), Messages.get(keys[i]), points(GeneralCriteria.CRITERION_MAX),
                    points == null ? "" : points(points[i])));
        }
        rows.add(List.of("", Messages.get("evaluation.doc.sum"), points(GeneralCriteria.CRITERION_MAX * keys.length),
                g == null ? "" : points(p.generalPoints())));
        body.add(new Block.Table(List.of(Block.Column.number(Messages.get("evaluation.doc.col.no"), 6),
                Block.Column.text(Messages.get("evaluation.doc.col.criterion"), 58),
                Block.Column.number(Messages.get("evaluation.doc.col.max"), 18),
                Block.Column.number(Messages.get("evaluation.doc.col.points"), 18)), rows, true));
        if (g == null) {
            body.add(Block.Paragraph.of(Messages.get("evaluation.doc.general.notEntered")));
        } else {
            if (g.note() != null && !g.note().isBlank()) {
                body.add(Block.Paragraph.of(Messages.get("evaluation.doc.general.note",
                        sentence(g.note()))));
            }
            if (g.assessedBy() != null && !g.assessedBy().isBlank() && g.assessedOn() != null) {
                body.add(Block.Paragraph.of(Messages.get("evaluation.doc.general.assessed", g.assessedBy(),
                        VnFormat.date(g.assessedOn()))));
            }
        }
        if (p.discipline().isEmpty() && p.cases().isEmpty()) {
            body.add(Block.Paragraph.of(Messages.get("evaluation.doc.discipline.none", Integer.toString(year))));
            return;
        }
        body.add(Block.Paragraph.of(Messages.get("evaluation.doc.discipline.intro", Integer.toString(year))));
        List<String> lines = new ArrayList<>();
        for (DisciplineFact f : p.discipline()) {
            String decision = f.decisionNumber() == null ? "" : Messages.get("evaluation.doc.discipline.decision",
                    f.decisionNumber(), f.decisionDate() == null ? "" : VnFormat.date(f.decisionDate()));
            lines.add(Messages.get("evaluation.doc.discipline.fact", stripEnd(f.content()),
                    f.decided() == null ? "" : f.decided().label(), decision,
                    f.forcesNotCompleted() ? Messages.get("evaluation.doc.discipline.forces") : ""));
        }
        for (LegalCase lc : p.cases()) {
            lines.add(Messages.get("evaluation.doc.case", stripEnd(lc.description()),
                    lc.reference() == null || lc.reference().isBlank() ? "" : " (" + lc.reference().strip() + ")"));
        }
        for (int i = 0; i < lines.size(); i++) {
            body.add(Block.Paragraph.bullet(lines.get(i) + (i == lines.size() - 1 ? "." : ";")));
        }
    }

    /** II. The products, the rates, the deductions and exemptions, the task-result points. */
    private static void tasks(List<Block> body, PersonScore p, EvaluationSettings settings) {
        body.add(Block.Heading.of(1, Messages.get("evaluation.doc.tasks")));
        body.add(Block.Heading.of(2, Messages.get("evaluation.doc.products")));
        if (p.products().isEmpty()) {
            body.add(Block.Paragraph.of(Messages.get("evaluation.doc.products.none")));
        } else {
            List<List<String>> rows = new ArrayList<>();
            int n = 1;
            for (Product x : p.products()) {
                rows.add(List.of(Integer.toString(n++), productText(x), x.dueOn() == null ? "" : VnFormat.date(x.dueOn()),
                        x.completed() && x.completedOn() != null ? VnFormat.date(x.completedOn())
                                : Messages.get("evaluation.doc.product.notDone"),
                        VnFormat.number(x.weight(), 2), progress(x), quality(x)));
            }
            // A date ("20/06/2026") on one line needs 16 parts of the width; the content takes what is left.
            body.add(new Block.Table(List.of(Block.Column.number(Messages.get("evaluation.doc.col.no"), 5),
                    Block.Column.text(Messages.get("evaluation.doc.col.product"), 30),
                    Block.Column.number(Messages.get("evaluation.doc.col.due"), 16),
                    Block.Column.number(Messages.get("evaluation.doc.col.done"), 16),
                    Block.Column.number(Messages.get("evaluation.doc.col.weight"), 8),
                    Block.Column.number(Messages.get("evaluation.doc.col.progress"), 13),
                    Block.Column.number(Messages.get("evaluation.doc.col.quality"), 12)), rows, false));
            body.add(Block.Paragraph.of(Messages.get("evaluation.doc.counts", VnFormat.number(p.assigned(), 2),
                    VnFormat.number(p.completed(), 2), VnFormat.number(p.completedOnTime(), 2),
                    VnFormat.number(p.qualityMet(), 2))));
        }

        body.add(Block.Heading.of(2, Messages.get("evaluation.doc.rates")));
        // The three rates are of the person's own products; a leader's unit figures count only when the leader or
        // the unit had products (without any, the points are the general criteria's, EvaluationRules).
        boolean own = !p.products().isEmpty();
        if (own) {
            body.add(Block.Paragraph.labelled("a)", Messages.get("evaluation.doc.rate.quantity",
                    VnFormat.percent(p.quantityPct()))));
            body.add(Block.Paragraph.labelled("b)", Messages.get("evaluation.doc.rate.quality",
                    VnFormat.percent(p.qualityPct()))));
            body.add(Block.Paragraph.labelled("c)", Messages.get("evaluation.doc.rate.progress",
                    VnFormat.percent(p.progressPct()))));
        } else {
            body.add(Block.Paragraph.of(Messages.get("evaluation.doc.rate.none")));
        }
        if (p.hasProducts() && p.unitResultPct() != null) {
            body.add(Block.Paragraph.labelled(own ? "d)" : "a)", Messages.get("evaluation.doc.rate.unit",
                    VnFormat.percent(p.unitResultPct()))));
        }
        if (p.hasProducts() && p.organisingPct() != null) {
            body.add(Block.Paragraph.labelled(own ? "e)" : "b)", Messages.get(
                    "evaluation.doc.rate.organising", VnFormat.percent(p.organisingPct()))));
        }

        body.add(Block.Heading.of(2, Messages.get("evaluation.doc.deductions")));
        List<String> lines = deductionLines(p);
        if (lines.isEmpty()) {
            body.add(Block.Paragraph.of(Messages.get("evaluation.doc.deductions.none")));
        }
        for (int i = 0; i < lines.size(); i++) {
            body.add(Block.Paragraph.bullet(lines.get(i) + (i == lines.size() - 1 ? "." : ";")));
        }

        body.add(Block.Heading.of(2, Messages.get("evaluation.doc.points")));
        String how;
        if (!p.hasProducts()) {
            how = Messages.get("evaluation.doc.points.noProducts");
        } else if (p.leader() && p.unitResultPct() != null) {
            how = Messages.get(own ? "evaluation.doc.points.leader" : "evaluation.doc.points.leaderAlone",
                    share(settings.leaderOwnShare()), share(settings.leaderUnitShare()),
                    share(settings.leaderOrganisingShare()));
        } else {
            how = Messages.get("evaluation.doc.points.staff");
        }
        body.add(new Block.Paragraph(null, List.of(Block.Span.plain(Messages.get("evaluation.doc.points.value")),
                Block.Span.bold(Messages.get("evaluation.doc.points.of70", points(p.taskPoints()))),
                Block.Span.plain(" " + how))));
    }

    /** Each deduction with its product and reason, then each objective cause exempted, in the products' order. */
    static List<String> deductionLines(PersonScore p) {
        Map<Long, Integer> number = new LinkedHashMap<>();
        Map<Long, Product> byOccurrence = new LinkedHashMap<>();
        for (int i = 0; i < p.products().size(); i++) {
            number.putIfAbsent(p.products().get(i).occurrenceId(), i + 1);
            byOccurrence.putIfAbsent(p.products().get(i).occurrenceId(), p.products().get(i));
        }
        List<String> lines = new ArrayList<>();
        List<Deduction> ds = new ArrayList<>(p.deductions());
        ds.sort(Comparator.comparing((Deduction d) -> number.getOrDefault(d.occurrenceId(), Integer.MAX_VALUE))
                .thenComparing(Deduction::kind));
        for (Deduction d : ds) {
            Product x = byOccurrence.get(d.occurrenceId());
            String no = number.containsKey(d.occurrenceId()) ? number.get(d.occurrenceId()).toString() : "";
            String cost = points(d.points());
            if (d.kind() == Deduction.Kind.QUALITY) {
                String reason = x == null || x.qualityReason() == null || x.qualityReason().isBlank() ? ""
                        : Messages.get("evaluation.doc.deduction.reason", stripEnd(x.qualityReason()));
                lines.add(Messages.get("evaluation.doc.deduction.quality", no, Integer.toString(d.times()), reason,
                        VnFormat.percent(25.0 * d.times()), cost));
            } else {
                String when = x == null || x.dueOn() == null ? "" : Messages.get("evaluation.doc.deduction.when",
                        VnFormat.date(x.dueOn()), x.completedOn() == null ? "" : VnFormat.date(x.completedOn()));
                lines.add(Messages.get("evaluation.doc.deduction.progress", no, when,
                        VnFormat.percent(25.0 * Math.max(1, d.times())), cost));
            }
        }
        for (Product x : p.products()) {
            String no = number.get(x.occurrenceId()).toString();
            if (x.qualityFailures() > 0 && x.qualityExemption() != null) {
                lines.add(exemption("evaluation.doc.exemption.quality", no, x.qualityExemption()));
            }
            if (x.delayExemption() != null && x.late()) {
                lines.add(exemption("evaluation.doc.exemption.delay", no, x.delayExemption()));
            }
        }
        return lines;
    }

    private static String exemption(String key, String no, Exemption e) {
        return Messages.get(key, no, stripEnd(e.reason()), blankIfNull(e.confirmedBy()),
                e.confirmedOn() == null ? "" : VnFormat.date(e.confirmedOn()));
    }

    /** III. The total, the rating, and why a rating was forced. */
    private static void conclusion(List<Block> body, PersonScore p) {
        body.add(Block.Heading.of(1, Messages.get("evaluation.doc.total")));
        if (!p.rated()) {
            body.add(Block.Paragraph.of(Messages.get("evaluation.doc.total.notRated")));
            return;
        }
        body.add(Block.Paragraph.of(Messages.get("evaluation.doc.total.points", points(p.total()),
                p.general() == null ? Messages.get("evaluation.doc.total.generalMissing") : points(p.generalPoints()),
                points(p.taskPoints()))));
        body.add(new Block.Paragraph(null, List.of(Block.Span.plain(Messages.get("evaluation.doc.total.rating")),
                Block.Span.bold(p.rating().label() + "."))));
        if (!p.forcedBy().isEmpty() && p.rating() != p.ratingByPoints()) {
            body.add(Block.Paragraph.of(Messages.get("evaluation.doc.total.forced", p.ratingByPoints().label(),
                    String.join("; ", p.forcedBy().stream().map(EvaluationDocuments::stripEnd).toList()))));
        } else if (!p.forcedBy().isEmpty()) {
            body.add(Block.Paragraph.of(Messages.get("evaluation.doc.total.alsoForced",
                    String.join("; ", p.forcedBy().stream().map(EvaluationDocuments::stripEnd).toList()))));
        }
    }

    private static String productText(Product x) {
        String content = x.content() == null ? "" : x.content().strip();
        return x.carriedOver() ? Messages.get("evaluation.doc.product.carried", content) : content;
    }

    private static String progress(Product x) {
        if (!x.completed()) {
            return "";
        }
        if (x.onTime()) {
            return Messages.get("evaluation.doc.progress.onTime");
        }
        return Messages.get(x.delayExemption() != null ? "evaluation.doc.progress.lateExempt"
                : "evaluation.doc.progress.late");
    }

    private static String quality(Product x) {
        if (!x.completed()) {
            return "";
        }
        if (x.qualityFailures() <= 0) {
            return Messages.get("evaluation.doc.quality.met");
        }
        return x.qualityExemption() != null ? Messages.get("evaluation.doc.quality.failedExempt")
                : Messages.get("evaluation.doc.quality.failed", Integer.toString(x.qualityFailures()));
    }

    private static Block.Paragraph field(String key, String value) {
        return new Block.Paragraph(null, List.of(Block.Span.plain(Messages.get(key) + " "),
                Block.Span.bold(value == null ? "" : value.strip())));
    }

    // ---- the summary table of a month or a quarter ----

    /**
     * The summary of a month or a quarter: the people (one row each, the count per rating in the totals row), the
     * ceiling on "xuất sắc" per unit and group, and every product behind the figures.
     */
    public static Spreadsheet periodTableOf(EvaluationSheet sheet, Context c) {
        boolean allUnits = sheet.unitId() == null;
        String unitName = allUnits ? null : Optional.ofNullable(c.unitName(sheet.unitId()))
                .orElse(sheet.people().stream().map(PersonScore::unitName).findFirst().orElse(""));
        String subtitle = upperFirst(Messages.get(allUnits ? "evaluation.doc.table.subtitleAll"
                : "evaluation.doc.table.subtitle", sheet.period().label(), unitName, VnFormat.date(sheet.asOf())));

        List<Spreadsheet.Column> cols = new ArrayList<>();
        cols.add(Spreadsheet.Column.ordinal());
        cols.add(Spreadsheet.Column.text(Messages.get("evaluation.doc.col.fullName"), 24));
        cols.add(Spreadsheet.Column.text(Messages.get("evaluation.doc.col.post"), 20));
        if (allUnits) {
            cols.add(Spreadsheet.Column.text(Messages.get("evaluation.doc.col.unit"), 24));
        }
        cols.add(new Spreadsheet.Column(Messages.get("evaluation.doc.col.assigned"), Spreadsheet.Kind.DECIMAL, 10, true));
        cols.add(new Spreadsheet.Column(Messages.get("evaluation.doc.col.completed"), Spreadsheet.Kind.DECIMAL, 11, true));
        cols.add(new Spreadsheet.Column(Messages.get("evaluation.doc.col.onTime"), Spreadsheet.Kind.DECIMAL, 10, true));
        cols.add(new Spreadsheet.Column(Messages.get("evaluation.doc.col.quantity"), Spreadsheet.Kind.PERCENT, 10, false));
        cols.add(new Spreadsheet.Column(Messages.get("evaluation.doc.col.qualityPct"), Spreadsheet.Kind.PERCENT, 10,
                false));
        cols.add(new Spreadsheet.Column(Messages.get("evaluation.doc.col.progressPct"), Spreadsheet.Kind.PERCENT, 10,
                false));
        cols.add(new Spreadsheet.Column(Messages.get("evaluation.doc.col.taskPoints"), Spreadsheet.Kind.DECIMAL, 11,
                false));
        cols.add(new Spreadsheet.Column(Messages.get("evaluation.doc.col.generalPoints"), Spreadsheet.Kind.DECIMAL, 11,
                false));
        cols.add(new Spreadsheet.Column(Messages.get("evaluation.doc.col.total"), Spreadsheet.Kind.DECIMAL, 9, false));
        cols.add(Spreadsheet.Column.text(Messages.get("evaluation.doc.col.rating"), 16));
        for (Rating r : Rating.values()) {
            cols.add(Spreadsheet.Column.count(r.shortLabel(), 10));
        }
        cols.add(Spreadsheet.Column.text(Messages.get("evaluation.doc.col.note"), 36));

        List<List<Object>> rows = new ArrayList<>();
        int n = 1;
        for (PersonScore p : sheet.people()) {
            List<Object> row = new ArrayList<>();
            row.add(n++);
            row.add(p.fullName());
            row.add(blankIfNull(p.jobTitle()));
            if (allUnits) {
                row.add(p.unitName());
            }
            boolean own = !p.products().isEmpty(); // blank, not 0,0, for a person without products of their own
            row.add(own ? p.assigned() : null);
            row.add(own ? p.completed() : null);
            row.add(own ? p.completedOnTime() : null);
            row.add(own ? p.quantityPct() / 100 : null);
            row.add(own ? p.qualityPct() / 100 : null);
            row.add(own ? p.progressPct() / 100 : null);
            row.add(EvaluationRules.round1(p.taskPoints()));
            row.add(p.general() == null ? null : EvaluationRules.round1(p.generalPoints()));
            row.add(p.rated() ? EvaluationRules.round1(p.total()) : null);
            row.add(ratingShort(p.rated(), p.rating()));
            for (Rating r : Rating.values()) {
                row.add(p.rated() && p.rating() == r ? 1 : null);
            }
            row.add(note(p));
            rows.add(row);
        }

        List<Spreadsheet.Sheet> sheets = new ArrayList<>();
        sheets.add(new Spreadsheet.Sheet(Messages.get("evaluation.doc.table.sheet"),
                Messages.get("evaluation.doc.table.title"), subtitle, cols, rows, Messages.get("evaluation.doc.total.row")));
        sheets.add(ceilingSheet(ceilingRows(sheet.people().stream().filter(PersonScore::rated).map(p -> new Rated(p.unitId(), p.unitName(),
                p.leader(), p.rating())).toList(), sheet.settings().excellentCeiling()), sheet.settings(), subtitle));
        sheets.add(productSheet(sheet, subtitle));
        return new Spreadsheet(OfficialDocument.Issuer.of(c.identity()), sheets);
    }

    /** What the note of a person's row says: no products, general criteria not entered, the forcing reasons. */
    private static String note(PersonScore p) {
        List<String> parts = new ArrayList<>();
        if (!p.hasProducts()) {
            parts.add(Messages.get("evaluation.doc.note.noProducts"));
        }
        if (p.general() == null) {
            parts.add(Messages.get("evaluation.doc.note.noGeneral"));
        }
        if (!p.forcedBy().isEmpty()) {
            parts.add(Messages.get("evaluation.doc.note.forced", String.join("; ",
                    p.forcedBy().stream().map(EvaluationDocuments::stripEnd).toList())));
        }
        return upperFirst(String.join("; ", parts));
    }

    /** A person as the ceiling counts them: unit, group (leaders or not), rating. */
    record Rated(long unitId, String unitName, boolean leader, Rating rating) {
    }

    /** One unit and group of the ceiling check. */
    record CeilingRow(long unitId, String unitName, boolean leaders, int excellent, int good, int allowed) {
        boolean exceeded() {
            return excellent > allowed;
        }
    }

    /**
     * Per unit and group of similar posts (the unit's leaders, its other staff): "xuất sắc" against the most the
     * ceiling lets through, a share of "tốt" rounded down. Only groups with someone rated "xuất sắc" or "tốt".
     */
    static List<CeilingRow> ceilingRows(List<Rated> people, double ceiling) {
        Map<Long, Map<Boolean, int[]>> counts = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        for (Rated p : people) {
            names.putIfAbsent(p.unitId(), p.unitName());
            int[] c = counts.computeIfAbsent(p.unitId(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(p.leader(), k -> new int[2]);
            if (p.rating() == Rating.EXCELLENT) {
                c[0]++;
            } else if (p.rating() == Rating.GOOD) {
                c[1]++;
            }
        }
        List<CeilingRow> out = new ArrayList<>();
        for (var unit : counts.entrySet()) {
            for (boolean leaders : new boolean[] {true, false}) {
                int[] c = unit.getValue().get(leaders);
                if (c != null && c[0] + c[1] > 0) {
                    out.add(new CeilingRow(unit.getKey(), names.get(unit.getKey()), leaders, c[0], c[1],
                            EvaluationRules.allowed(c[1], ceiling)));
                }
            }
        }
        out.sort(Comparator.comparing(CeilingRow::unitName, VnText.collator()::compare)
                .thenComparing(r -> !r.leaders()));
        return out;
    }

    private static Spreadsheet.Sheet ceilingSheet(List<CeilingRow> rows, EvaluationSettings settings, String subtitle) {
        List<List<Object>> out = new ArrayList<>();
        int n = 1;
        for (CeilingRow r : rows) {
            out.add(List.of(n++, r.unitName(), Messages.get(r.leaders() ? "evaluation.group.leaders"
                    : "evaluation.group.others"), r.excellent(), r.good(), r.allowed(),
                    r.exceeded() ? Messages.get("evaluation.doc.ceiling.exceeded", Integer.toString(r.excellent()
                            - r.allowed())) : Messages.get("evaluation.doc.ceiling.ok")));
        }
        return new Spreadsheet.Sheet(Messages.get("evaluation.doc.ceiling.sheet"),
                Messages.get("evaluation.doc.ceiling.title", VnFormat.percent(settings.excellentCeiling() * 100)),
                subtitle, List.of(Spreadsheet.Column.ordinal(),
                Spreadsheet.Column.text(Messages.get("evaluation.doc.col.unit"), 32),
                Spreadsheet.Column.text(Messages.get("evaluation.doc.col.group"), 14),
                Spreadsheet.Column.count(Rating.EXCELLENT.shortLabel(), 11),
                Spreadsheet.Column.count(Rating.GOOD.shortLabel(), 11),
                new Spreadsheet.Column(Messages.get("evaluation.doc.col.allowed"), Spreadsheet.Kind.INTEGER, 16, false),
                Spreadsheet.Column.text(Messages.get("evaluation.doc.col.check"), 24)), out, null);
    }

    /** Every product behind the figures: whose, what, due, completed, weight, progress, quality, carried over. */
    private static Spreadsheet.Sheet productSheet(EvaluationSheet sheet, String subtitle) {
        List<List<Object>> rows = new ArrayList<>();
        int n = 1;
        for (PersonScore p : sheet.people()) {
            for (Product x : p.products()) {
                List<Object> row = new ArrayList<>();
                row.add(n++);
                row.add(p.fullName());
                row.add(productText(x));
                row.add(x.dueOn());
                row.add(x.completed() ? x.completedOn() : null);
                row.add(x.weight());
                row.add(x.completed() ? progress(x) : Messages.get("evaluation.doc.product.notDone"));
                row.add(quality(x));
                row.add(reasons(x));
                rows.add(row);
            }
        }
        return new Spreadsheet.Sheet(Messages.get("evaluation.doc.products.sheet"),
                Messages.get("evaluation.doc.products.title"), subtitle, List.of(Spreadsheet.Column.ordinal(),
                Spreadsheet.Column.text(Messages.get("evaluation.doc.col.fullName"), 24),
                Spreadsheet.Column.text(Messages.get("evaluation.doc.col.product"), 50),
                new Spreadsheet.Column(Messages.get("evaluation.doc.col.due"), Spreadsheet.Kind.DATE, 12, false),
                new Spreadsheet.Column(Messages.get("evaluation.doc.col.done"), Spreadsheet.Kind.DATE, 12, false),
                new Spreadsheet.Column(Messages.get("evaluation.doc.col.weight"), Spreadsheet.Kind.DECIMAL, 9, true),
                Spreadsheet.Column.text(Messages.get("evaluation.doc.col.progress"), 16),
                Spreadsheet.Column.text(Messages.get("evaluation.doc.col.quality"), 16),
                Spreadsheet.Column.text(Messages.get("evaluation.doc.col.reasons"), 40)), rows,
                Messages.get("evaluation.doc.total.row"));
    }

    /** A product's quality reason and objective causes, for the products sheet. */
    private static String reasons(Product x) {
        List<String> parts = new ArrayList<>();
        if (x.qualityFailures() > 0 && x.qualityReason() != null && !x.qualityReason().isBlank()) {
            parts.add(stripEnd(x.qualityReason()));
        }
        if (x.qualityFailures() > 0 && x.qualityExemption() != null) {
            parts.add(Messages.get("evaluation.doc.reason.exempt", stripEnd(x.qualityExemption().reason())));
        }
        if (x.late() && x.delayExemption() != null) {
            parts.add(Messages.get("evaluation.doc.reason.exempt", stripEnd(x.delayExemption().reason())));
        }
        return upperFirst(String.join("; ", parts));
    }

    // ---- the year ----

    /** The BÁO CÁO of the year's ratings: overall, per unit, the list of people; signed for the committee. */
    public static OfficialDocument yearReportOf(YearSheet year, Context c) {
        String y = Integer.toString(year.year());
        boolean allUnits = year.unitId() == null;
        String unitName = allUnits ? null : Optional.ofNullable(c.unitName(year.unitId()))
                .orElse(year.people().stream().map(YearScore::unitName).findFirst().orElse(""));
        List<Block> body = new ArrayList<>();
        String cycle = Messages.get(year.cycle() == EvaluationPeriod.Kind.MONTH ? "evaluation.doc.year.monthly"
                : "evaluation.doc.year.quarterly");
        body.add(Block.Paragraph.of(Messages.get("evaluation.doc.year.opening", c.identity().communeName(), y, cycle)));

        body.add(Block.Heading.of(1, Messages.get("evaluation.doc.year.overall")));
        Map<Rating, Integer> counts = counts(year.people());
        int all = (int) year.people().stream().filter(YearScore::rated).count();
        body.add(Block.Paragraph.of(Messages.get("evaluation.doc.year.evaluated", Integer.toString(all))));
        List<Rating> ratings = List.of(Rating.values());
        for (Rating r : ratings) {
            int k = counts.get(r);
            body.add(Block.Paragraph.bullet(Messages.get("evaluation.doc.year.count", r.label(), k == 0 ? "0" : two(k),
                    all == 0 ? "0" : VnFormat.percent(100.0 * k / all))
                    + (r == ratings.getLast() ? "." : ";")));
        }
        long forced = year.people().stream().filter(p -> !p.forcedBy().isEmpty()).count();
        if (forced > 0) {
            body.add(Block.Paragraph.of(Messages.get("evaluation.doc.year.forced", two((int) forced))));
        }
        long notRated = year.people().size() - all;
        if (notRated > 0) {
            body.add(Block.Paragraph.of(Messages.get("evaluation.doc.year.notRated", two((int) notRated))));
        }
        List<CeilingRow> ceiling = ceilingRows(year.people().stream().filter(YearScore::rated).map(p -> new Rated(p.unitId(), p.unitName(),
                p.leader(), p.rating())).toList(), ceilingShare(year));
        List<CeilingRow> exceeded = ceiling.stream().filter(CeilingRow::exceeded).toList();
        if (exceeded.isEmpty()) {
            body.add(Block.Paragraph.of(Messages.get("evaluation.doc.year.ceilingOk",
                    VnFormat.percent(ceilingShare(year) * 100))));
        } else {
            body.add(Block.Paragraph.of(Messages.get("evaluation.doc.year.ceilingExceeded",
                    VnFormat.percent(ceilingShare(year) * 100))));
            for (int i = 0; i < exceeded.size(); i++) {
                CeilingRow r = exceeded.get(i);
                body.add(Block.Paragraph.bullet(Messages.get("evaluation.doc.year.ceilingLine", r.unitName(),
                        Messages.get(r.leaders() ? "evaluation.group.leaders" : "evaluation.group.others")
                                .toLowerCase(Messages.VI), Integer.toString(r.excellent()),
                        Integer.toString(r.good()), Integer.toString(r.allowed()))
                        + (i == exceeded.size() - 1 ? "." : ";")));
            }
        }

        if (allUnits) {
            body.add(Block.Heading.of(1, Messages.get("evaluation.doc.year.perUnit")));
            body.add(unitTable(year.people()));
        }

        body.add(Block.Heading.of(1, Messages.get("evaluation.doc.year.list")));
        if (year.people().isEmpty()) {
            body.add(Block.Paragraph.of(Messages.get("evaluation.doc.year.nobody")));
        } else {
            body.add(peopleTable(year, allUnits));
        }
        body.add(Block.Paragraph.of(Messages.get("evaluation.doc.year.closing", y, c.identity().communeName())));

        Signer chair = c.chairman();
        String title = allUnits ? Messages.get("evaluation.doc.year.title", y)
                : Messages.get("evaluation.doc.year.titleUnit", y, unitName);
        return new OfficialDocument(DocumentKind.BAO_CAO, DocumentRegister.ISSUER_CODE, null, c.date(),
                OfficialDocument.Issuer.of(c.identity()), title, List.of(), body,
                List.of(Messages.get("evaluation.doc.year.toProvince", c.identity().province()),
                        Messages.get("evaluation.doc.year.toParty"), Messages.get("evaluation.doc.year.toCouncil"),
                        Messages.get("evaluation.doc.year.toLeaders"), Messages.get("evaluation.doc.year.toUnits"),
                        Messages.get("evaluation.doc.year.toFile")),
                chair == null ? Signature.personal(Messages.get("evaluation.doc.sign.chairman"), "") : Signature.of(chair),
                null);
    }

    /** The ceiling of the settings the year was computed with. */
    private static double ceilingShare(YearSheet year) {
        return year.settings().excellentCeiling();
    }

    private static Map<Rating, Integer> counts(List<YearScore> people) {
        Map<Rating, Integer> m = new EnumMap<>(Rating.class);
        for (Rating r : Rating.values()) {
            m.put(r, 0);
        }
        people.stream().filter(YearScore::rated).forEach(p -> m.merge(p.rating(), 1, Integer::sum));
        return m;
    }

    /** Per unit: how many were evaluated and how many at each level; a totals row. */
    private static Block.Table unitTable(List<YearScore> people) {
        Map<Long, List<YearScore>> byUnit = new LinkedHashMap<>();
        people.stream().sorted(Comparator.comparing(YearScore::unitName, VnText.collator()::compare))
                .forEach(p -> byUnit.computeIfAbsent(p.unitId(), k -> new ArrayList<>()).add(p));
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (List<YearScore> unit : byUnit.values()) {
            Map<Rating, Integer> counts = counts(unit);
            List<String> row = new ArrayList<>(List.of(Integer.toString(n++), unit.getFirst().unitName(),
                    Long.toString(unit.stream().filter(YearScore::rated).count())));
            for (Rating r : Rating.values()) {
                row.add(Integer.toString(counts.get(r)));
            }
            rows.add(row);
        }
        Map<Rating, Integer> counts = counts(people);
        List<String> total = new ArrayList<>(List.of("", Messages.get("evaluation.doc.total.row"),
                Long.toString(people.stream().filter(YearScore::rated).count())));
        for (Rating r : Rating.values()) {
            total.add(Integer.toString(counts.get(r)));
        }
        rows.add(total);
        List<Block.Column> cols = new ArrayList<>(List.of(Block.Column.number(Messages.get("evaluation.doc.col.no"), 6),
                Block.Column.text(Messages.get("evaluation.doc.col.unit"), 34),
                Block.Column.number(Messages.get("evaluation.doc.col.people"), 10)));
        for (Rating r : Rating.values()) {
            cols.add(Block.Column.number(r.shortLabel(), 12));
        }
        return new Block.Table(cols, rows, true);
    }

    /** The people with their year's mean and rating, by unit then name. */
    private static Block.Table peopleTable(YearSheet year, boolean withUnit) {
        // The note column only when someone has a note: the names and units take its room otherwise.
        boolean notes = year.people().stream().anyMatch(p -> !yearNote(p).isEmpty());
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (YearScore p : sorted(year.people())) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(n++), p.fullName(), blankIfNull(p.jobTitle())));
            if (withUnit) {
                row.add(p.unitName());
            }
            boolean any = p.parts().stream().anyMatch(YearScore.PeriodTotal::counted);
            row.add(any ? points(p.average()) : "");
            row.add(ratingShort(p.rated(), p.rating()));
            if (notes) {
                row.add(yearNote(p));
            }
            rows.add(row);
        }
        int spare = notes ? 0 : 12;
        List<Block.Column> cols = new ArrayList<>(List.of(Block.Column.number(Messages.get("evaluation.doc.col.no"), 6),
                Block.Column.text(Messages.get("evaluation.doc.col.fullName"), 22 + spare / 3 + (withUnit ? 0 : 6)),
                Block.Column.text(Messages.get("evaluation.doc.col.post"), 18 + spare / 3 + (withUnit ? 0 : 6))));
        if (withUnit) {
            cols.add(Block.Column.text(Messages.get("evaluation.doc.col.unit"), 20 + spare / 3));
        }
        cols.add(Block.Column.number(Messages.get("evaluation.doc.col.average"), 10));
        cols.add(Block.Column.number(Messages.get("evaluation.doc.col.rating"), 12 + (withUnit ? 0 : 4)));
        if (notes) {
            cols.add(Block.Column.text(Messages.get("evaluation.doc.col.note"), withUnit ? 12 : 16));
        }
        return new Block.Table(cols, rows, false);
    }

    private static List<YearScore> sorted(List<YearScore> people) {
        return people.stream().sorted(Comparator.comparing(YearScore::unitName, VnText.collator()::compare)
                .thenComparing(p -> !p.leader())).toList();
    }

    private static String yearNote(YearScore p) {
        if (!p.forcedBy().isEmpty()) {
            return Messages.get("evaluation.doc.note.forcedShort");
        }
        if (p.parts().stream().noneMatch(YearScore.PeriodTotal::counted)) {
            return Messages.get("evaluation.doc.note.noPeriod");
        }
        return "";
    }

    /** The year's twin in Excel: one row a person with each month or quarter, the count per unit and level. */
    public static Spreadsheet yearTableOf(YearSheet year, Context c) {
        boolean allUnits = year.unitId() == null;
        String unitName = allUnits ? null : Optional.ofNullable(c.unitName(year.unitId()))
                .orElse(year.people().stream().map(YearScore::unitName).findFirst().orElse(""));
        String label = EvaluationPeriod.year(year.year()).label();
        String subtitle = upperFirst(allUnits ? Messages.get("evaluation.doc.yearTable.subtitleAll", label)
                : Messages.get("evaluation.doc.yearTable.subtitle", label, unitName));
        List<EvaluationPeriod> parts = EvaluationPeriod.year(year.year()).parts(year.cycle());

        List<Spreadsheet.Column> cols = new ArrayList<>();
        cols.add(Spreadsheet.Column.ordinal());
        cols.add(Spreadsheet.Column.text(Messages.get("evaluation.doc.col.fullName"), 24));
        cols.add(Spreadsheet.Column.text(Messages.get("evaluation.doc.col.post"), 20));
        if (allUnits) {
            cols.add(Spreadsheet.Column.text(Messages.get("evaluation.doc.col.unit"), 24));
        }
        for (EvaluationPeriod part : parts) {
            cols.add(new Spreadsheet.Column(partHeader(part), Spreadsheet.Kind.DECIMAL, 9, false));
        }
        cols.add(new Spreadsheet.Column(Messages.get("evaluation.doc.col.average"), Spreadsheet.Kind.DECIMAL, 11, false));
        cols.add(Spreadsheet.Column.text(Messages.get("evaluation.doc.col.rating"), 16));
        for (Rating r : Rating.values()) {
            cols.add(Spreadsheet.Column.count(r.shortLabel(), 10));
        }
        cols.add(Spreadsheet.Column.text(Messages.get("evaluation.doc.col.note"), 40));

        List<List<Object>> rows = new ArrayList<>();
        int n = 1;
        for (YearScore p : sorted(year.people())) {
            List<Object> row = new ArrayList<>();
            row.add(n++);
            row.add(p.fullName());
            row.add(blankIfNull(p.jobTitle()));
            if (allUnits) {
                row.add(p.unitName());
            }
            for (EvaluationPeriod part : parts) {
                row.add(p.parts().stream().filter(t -> t.period().equals(part) && t.counted()).findFirst()
                        .map(t -> (Object) EvaluationRules.round1(t.total())).orElse(null));
            }
            boolean any = p.parts().stream().anyMatch(YearScore.PeriodTotal::counted);
            row.add(any ? EvaluationRules.round1(p.average()) : null);
            row.add(ratingShort(p.rated(), p.rating()));
            for (Rating r : Rating.values()) {
                row.add(p.rated() && p.rating() == r ? 1 : null);
            }
            List<String> note = new ArrayList<>();
            if (!p.forcedBy().isEmpty()) {
                note.add(Messages.get("evaluation.doc.note.forced", String.join("; ",
                        p.forcedBy().stream().map(EvaluationDocuments::stripEnd).toList())));
            }
            if (!any) {
                note.add(Messages.get("evaluation.doc.note.noPeriod"));
            }
            row.add(upperFirst(String.join("; ", note)));
            rows.add(row);
        }

        List<Spreadsheet.Sheet> sheets = new ArrayList<>();
        sheets.add(new Spreadsheet.Sheet(Messages.get("evaluation.doc.yearTable.sheet"),
                Messages.get("evaluation.doc.yearTable.title"), subtitle, cols, rows,
                Messages.get("evaluation.doc.total.row")));
        sheets.add(unitCountSheet(year.people(), subtitle));
        sheets.add(ceilingSheet(ceilingRows(year.people().stream().filter(YearScore::rated).map(p -> new Rated(p.unitId(), p.unitName(),
                p.leader(), p.rating())).toList(), ceilingShare(year)), year.settings(), subtitle));
        return new Spreadsheet(OfficialDocument.Issuer.of(c.identity()), sheets);
    }

    private static Spreadsheet.Sheet unitCountSheet(List<YearScore> people, String subtitle) {
        Map<Long, List<YearScore>> byUnit = new LinkedHashMap<>();
        people.stream().sorted(Comparator.comparing(YearScore::unitName, VnText.collator()::compare))
                .forEach(p -> byUnit.computeIfAbsent(p.unitId(), k -> new ArrayList<>()).add(p));
        List<List<Object>> rows = new ArrayList<>();
        int n = 1;
        for (List<YearScore> unit : byUnit.values()) {
            Map<Rating, Integer> counts = counts(unit);
            int rated = (int) unit.stream().filter(YearScore::rated).count();
            List<Object> row = new ArrayList<>(List.of(n++, unit.getFirst().unitName(), rated));
            for (Rating r : Rating.values()) {
                row.add(counts.get(r));
            }
            row.add(counts.get(Rating.EXCELLENT) + counts.get(Rating.GOOD));
            row.add(rated == 0 ? null : (double) (counts.get(Rating.EXCELLENT) + counts.get(Rating.GOOD)) / rated);
            rows.add(row);
        }
        List<Spreadsheet.Column> cols = new ArrayList<>(List.of(Spreadsheet.Column.ordinal(),
                Spreadsheet.Column.text(Messages.get("evaluation.doc.col.unit"), 34),
                Spreadsheet.Column.count(Messages.get("evaluation.doc.col.people"), 10)));
        for (Rating r : Rating.values()) {
            cols.add(Spreadsheet.Column.count(r.shortLabel(), 12));
        }
        // Those at "hoàn thành tốt" or better, and their share of the unit by formula (also in the totals row).
        cols.add(Spreadsheet.Column.count(Messages.get("evaluation.doc.col.goodOrBetter"), 14));
        cols.add(Spreadsheet.Column.share(Messages.get("evaluation.doc.col.goodShare"), 12, cols.size() - 1, 2));
        return new Spreadsheet.Sheet(Messages.get("evaluation.doc.yearTable.unitSheet"),
                Messages.get("evaluation.doc.yearTable.unitTitle"), subtitle, cols, rows,
                Messages.get("evaluation.doc.total.row"));
    }

    private static String partHeader(EvaluationPeriod part) {
        return part.kind() == EvaluationPeriod.Kind.QUARTER
                ? Messages.get("evaluation.doc.col.quarter", List.of("I", "II", "III", "IV").get(part.index() - 1))
                : Messages.get("evaluation.doc.col.month", Integer.toString(part.index()));
    }

    // ---- helpers ----

    /** "Tốt", or "Chưa đánh giá" for a person not rated in the period (no product, no criteria, nothing forcing). */
    private static String ratingShort(boolean rated, Rating r) {
        return rated ? r.shortLabel() : Messages.get("evaluation.doc.notRated");
    }

    /** Points as printed: one decimal at most ("27", "57,6"). */
    static String points(double v) {
        return VnFormat.number(EvaluationRules.round1(v), 1);
    }

    private static String share(double v) {
        return VnFormat.percent(v * 100, 0);
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }

    private static String blankIfNull(String s) {
        return s == null ? "" : s.strip();
    }

    /** A phrase to go inside a sentence: stripped, without its final full stop or semicolon. */
    private static String stripEnd(String s) {
        String t = blankIfNull(s);
        while (!t.isEmpty() && ".;".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    /** "Không có sản phẩm …": a cell's text starts as a sentence does. */
    private static String upperFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Messages.VI) + s.substring(1);
    }

    private static String sentence(String s) {
        String t = stripEnd(s);
        return t.isEmpty() ? t : t + ".";
    }
}
