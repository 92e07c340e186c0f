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
 * The BÁO CÁO of a period, in the outline of DOMAIN.md: I. chỉ đạo, điều hành · II. kết quả thực hiện ·
 * III. đánh giá chung · IV. nhiệm vụ kỳ tới · V. kiến nghị; the figures woven into sentences and tables,
 * the clerk's own text where it belongs.
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
        body.add(Block.Paragraph.of(ReportWording.meetings(f)));
        body.add(Block.Paragraph.of(ReportWording.inspectionsHeld(f)));

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
        body.add(Block.Heading.of(2, Messages.get("report.doc.tthc")));
        body.add(Block.Paragraph.of(ReportWording.tthc(f.tthc())));
        body.add(Block.Heading.of(2, Messages.get("report.doc.discipline")));
        discipline(body, f);

        body.add(Block.Heading.of(1, Messages.get("report.doc.assessment")));
        body.add(Block.Heading.of(2, Messages.get("report.doc.highlights")));
        written(body, r.narrative().highlights());
        body.add(Block.Heading.of(2, Messages.get("report.doc.shortcomings")));
        written(body, r.narrative().shortcomings());
        body.add(Block.Heading.of(1, Messages.get("report.doc.nextTasks")));
        written(body, r.narrative().nextTasks());
        body.add(Block.Heading.of(1, Messages.get("report.doc.recommendations")));
        if (r.narrative().recommendations().isBlank()) {
            body.add(Block.Paragraph.of(Messages.get("report.doc.noRecommendations")));
        } else {
            written(body, r.narrative().recommendations());
        }
        body.add(Block.Paragraph.of(Messages.get("report.doc.closing", DocumentText.lowerFirst(
                ReportService.printedTitle(r.period())), id.communeName())));

        List<String> recipients = List.of(Messages.get("report.doc.recipients", id.province()).split("\n"));
        return new OfficialDocument(DocumentKind.BAO_CAO, DocumentRegister.ISSUER_CODE, r.number(), r.issuedOn(),
                OfficialDocument.Issuer.of(id), ReportService.printedTitle(r.period()), List.of(), body, recipients,
                signer == null ? null : Signature.of(signer), null);
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
