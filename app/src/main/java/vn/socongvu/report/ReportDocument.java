package vn.socongvu.report;

import java.util.ArrayList;
import java.util.List;

import vn.socongvu.document.Block;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.document.DocumentRegister;
import vn.socongvu.document.DocumentText;
import vn.socongvu.document.OfficialDocument;
import vn.socongvu.document.Signature;
import vn.socongvu.document.Spreadsheet;
import vn.socongvu.i18n.Messages;
import vn.socongvu.report.ReportFigures.StateCounts;
import vn.socongvu.settings.CommuneIdentity;
import vn.socongvu.settings.Signer;
import vn.socongvu.text.VnFormat;

/**
 * The BÁO CÁO of a period, in the outline of DOMAIN.md: I. chỉ đạo, điều hành (plans issued, meetings,
 * inspections, then the clerk's communication work) · II. kết quả thực hiện (the tasks and the targets, then each
 * area of administrative reform: the clerk's text, then the app's figures for it; an area with neither is left
 * out) · III. đánh giá chung · IV. nhiệm vụ kỳ tới · V. kiến nghị; the appendix tables referred to where their
 * figures are told. A part of III or IV not written prints a dotted line to fill by hand, V "Không có kiến nghị."
 */
final class ReportDocument {
    /** Dots to fill by hand where the clerk has written nothing yet. */
    static final String BLANK = "……………………………………………………………………………";

    private ReportDocument() {
    }

    static OfficialDocument build(Report r, ReportFigures f, CommuneIdentity id, Signer signer) {
        List<Block> body = new ArrayList<>();
        ReportPeriod.Window w = r.window();
        List<ReportTable> tables = ReportTables.of(f);
        String window = Messages.get("report.doc.window", VnFormat.date(w.from()), VnFormat.date(w.to()));
        Report.Narrative n = r.narrative();

        body.add(Block.Heading.of(1, Messages.get("report.doc.direction")));
        if (f.plansIssued().isEmpty()) {
            body.add(Block.Paragraph.of(Messages.get("report.doc.noPlans", window)));
        } else {
            body.add(Block.Paragraph.of(Messages.get("report.doc.plans", window, count(f.plansIssued().size()))));
            List<ReportFigures.IssuedPlan> ps = f.plansIssued();
            for (int i = 0; i < ps.size(); i++) {
                ReportFigures.IssuedPlan p = ps.get(i);
                body.add(Block.Paragraph.bullet(Messages.get("report.doc.plan", p.number(), p.date(),
                        DocumentText.lowerFirst(p.title())) + (i == ps.size() - 1 ? "." : ";")));
            }
        }
        body.add(Block.Paragraph.of(seeTables(ReportWording.meetings(f), f.meetingsTotal() > 0, ReportTables.MEETINGS,
                ReportTables.MEETINGS)));
        body.add(Block.Paragraph.of(seeTables(ReportWording.inspectionsHeld(f), f.inspectionsTotal() > 0,
                ReportTables.INSPECTIONS, ReportTables.INSPECTIONS)));
        body.addAll(Block.paragraphs(n.text(ReportPart.COMMUNICATION)));

        body.add(Block.Heading.of(1, Messages.get("report.doc.results")));
        body.add(Block.Heading.of(2, Messages.get("report.doc.tasks")));
        StateCounts t = f.tasks();
        if (t.total() == 0) {
            body.add(Block.Paragraph.of(Messages.get("report.doc.noTasks")));
        } else {
            body.add(Block.Paragraph.of(ReportWording.taskCounts(t,
                    VnFormat.date(r.frozenAsOf() != null ? r.frozenAsOf() : w.to()))));
            body.add(table(tables.get(ReportTables.UNITS), new int[] {0, 1, 2, 3, 4, 5, 6, 7},
                    new int[] {5, 27, 9, 10, 10, 10, 10, 10}));
            body.add(Block.Paragraph.of(ReportWording.byPlan(f.byPlan())));
        }
        body.add(Block.Heading.of(2, Messages.get("report.doc.targets")));
        if (f.targets().isEmpty()) {
            body.add(Block.Paragraph.of(Messages.get("report.doc.noTargets", Integer.toString(r.period().year()))));
        } else {
            body.add(Block.Paragraph.of(ReportWording.targetCounts(f)));
            body.add(table(tables.get(ReportTables.TARGETS), new int[] {0, 1, 3, 4, 5, 6, 7},
                    new int[] {5, 20, 27, 10, 10, 16, 12}));
        }
        for (ReportPart area : ReportPart.values()) {
            if (area.area()) {
                area(body, area, n.text(area), figures(area, f));
            }
        }

        body.add(Block.Heading.of(1, Messages.get("report.doc.assessment")));
        body.add(Block.Heading.of(2, Messages.get("report.doc.highlights")));
        written(body, n.highlights());
        body.add(Block.Heading.of(2, Messages.get("report.doc.shortcomings")));
        written(body, n.shortcomings());
        body.add(Block.Heading.of(1, Messages.get("report.doc.nextTasks")));
        written(body, n.nextTasks());
        body.add(Block.Heading.of(1, Messages.get("report.doc.recommendations")));
        if (n.recommendations().isBlank()) {
            body.add(Block.Paragraph.of(Messages.get("report.doc.noRecommendations")));
        } else {
            written(body, n.recommendations());
        }
        body.add(Block.Paragraph.of(Messages.get("report.doc.closing", DocumentText.lowerFirst(
                ReportService.printedTitle(r.period())), id.communeName())));

        List<String> recipients = List.of(Messages.get("report.doc.recipients", id.province()).split("\n"));
        return new OfficialDocument(DocumentKind.BAO_CAO, DocumentRegister.ISSUER_CODE, r.number(), r.issuedOn(),
                OfficialDocument.Issuer.of(id), ReportService.printedTitle(r.period()), List.of(), body, recipients,
                signer == null ? null : Signature.of(signer), null);
    }

    /**
     * An area of part II under its heading: what the clerk wrote, then the app's figures for it. An area with
     * neither is left out (the next area takes its number), never printed as an empty heading.
     */
    private static void area(List<Block> body, ReportPart area, String text, List<Block> figures) {
        List<Block.Paragraph> written = Block.paragraphs(text);
        if (written.isEmpty() && figures.isEmpty()) {
            return;
        }
        body.add(Block.Heading.of(2, heading(area)));
        body.addAll(written);
        body.addAll(figures);
    }

    /** The heading of an area of part II in the document. */
    static String heading(ReportPart area) {
        return Messages.get(switch (area) {
            case INSTITUTIONS -> "report.doc.area.institutions";
            case PROCEDURES -> "report.doc.tthc";
            case ORGANISATION -> "report.doc.area.organisation";
            case CIVIL_SERVICE -> "report.doc.discipline";
            case PUBLIC_FINANCE -> "report.doc.area.publicFinance";
            case DIGITAL_GOVERNMENT -> "report.doc.area.digitalGovernment";
            default -> throw new IllegalArgumentException("not an area of part II: " + area);
        });
    }

    /** Whether the app prints figures of its own under an area of part II (whatever the clerk wrote). */
    static boolean hasFigures(ReportPart area, ReportFigures f) {
        return !figures(area, f).isEmpty();
    }

    /**
     * The app's figures under an area: the TTHC files under thủ tục hành chính (once entered), the inspections'
     * findings under chế độ công vụ (once there were inspections), the online and paperless meetings and the
     * online share of the TTHC files under chính quyền số; none under the other areas.
     */
    private static List<Block> figures(ReportPart area, ReportFigures f) {
        List<Block> out = new ArrayList<>();
        switch (area) {
            case PROCEDURES -> {
                if (f.tthc().entered()) {
                    out.add(Block.Paragraph.of(seeTables(ReportWording.tthc(f.tthc()), true, ReportTables.TTHC, ReportTables.TTHC)));
                }
            }
            case CIVIL_SERVICE -> {
                if (f.inspectionsTotal() > 0) {
                    discipline(out, f);
                    if (f.violationsTotal() > 0) {
                        out.add(Block.Paragraph.of(seeTables("", true, ReportTables.VIOLATIONS, ReportTables.REMEDIATION)));
                    }
                }
            }
            case DIGITAL_GOVERNMENT -> {
                if (f.meetingsTotal() > 0) {
                    out.add(Block.Paragraph.of(ReportWording.digitalMeetings(f)));
                }
                if (f.tthc().received() > 0) {
                    out.add(Block.Paragraph.of(Messages.get("report.doc.digital.tthc",
                            count(Tthc.n(f.tthc().receivedOnline())), VnFormat.percent(f.tthc().onlineShare()))));
                }
            }
            default -> {
            }
        }
        return out;
    }

    /**
     * A sentence followed by where its details are among the appendix tables ("Chi tiết tại Biểu 04 kèm theo."),
     * or alone.
     */
    private static String seeTables(String sentence, boolean refer, int first, int last) {
        if (!refer) {
            return sentence;
        }
        String see = first == last ? Messages.get("report.doc.seeTable", tableNumber(first))
                : Messages.get("report.doc.seeTables", tableNumber(first), tableNumber(last));
        return sentence.isEmpty() ? see : sentence + " " + see;
    }

    /** "04" for the fourth appendix table (index 3), as its title numbers it. */
    private static String tableNumber(int index) {
        return String.format("%02d", index + 1);
    }

    private static String count(int n) {
        return VnFormat.integer(n);
    }

    private static void discipline(List<Block> body, ReportFigures f) {
        int n = f.inspectionsTotal();
        if (n == 0) {
            body.add(Block.Paragraph.of(Messages.get("report.doc.noInspections")));
            return;
        }
        if (f.violationsTotal() == 0) {
            body.add(Block.Paragraph.of(Messages.get("report.doc.allClean", count(n))));
            return;
        }
        body.add(Block.Paragraph.of(ReportWording.violations(f)));
        ReportWording.contents(f).forEach(line -> body.add(Block.Paragraph.bullet(line)));
        body.add(Block.Paragraph.of(ReportWording.measures(f)));
        String remediation = ReportWording.remediation(f.remediation());
        if (remediation != null) {
            body.add(Block.Paragraph.of(remediation));
        }
    }

    private static void written(List<Block> body, String text) {
        List<Block.Paragraph> ps = Block.paragraphs(text);
        if (ps.isEmpty()) {
            body.add(Block.Paragraph.of(BLANK));
        } else {
            body.addAll(ps);
        }
    }

    /** Some columns of an appendix table as a table of the document, with its totals row. */
    private static Block.Table table(ReportTable t, int[] cols, int[] weights) {
        List<Block.Column> columns = new ArrayList<>();
        for (int i = 0; i < cols.length; i++) {
            Spreadsheet.Column c = t.columns().get(cols[i]);
            String header = c.kind() == Spreadsheet.Kind.ORDINAL ? Messages.get("plan.doc.col.no") : c.header();
            columns.add(c.kind() == Spreadsheet.Kind.TEXT ? Block.Column.text(header, weights[i])
                    : Block.Column.number(header, weights[i]));
        }
        List<List<String>> rows = new ArrayList<>();
        for (ReportTable.Row row : t.rows()) {
            rows.add(pick(t, row.values(), cols));
        }
        if (t.totalsLabel() != null) {
            rows.add(pick(t, t.totals(), cols));
        }
        return new Block.Table(columns, rows, t.totalsLabel() != null);
    }

    private static List<String> pick(ReportTable t, List<Object> values, int[] cols) {
        List<String> out = new ArrayList<>();
        for (int c : cols) {
            out.add(ReportTable.format(t.columns().get(c), values.get(c)));
        }
        return out;
    }
}
