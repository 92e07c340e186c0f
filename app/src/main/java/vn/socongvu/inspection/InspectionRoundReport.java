package vn.socongvu.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import vn.socongvu.directory.Staff;
import vn.socongvu.document.Block;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.document.DocumentRegister;
import vn.socongvu.document.DocumentText;
import vn.socongvu.document.OfficialDocument;
import vn.socongvu.document.Signature;
import vn.socongvu.i18n.Messages;
import vn.socongvu.settings.CommuneIdentity;
import vn.socongvu.settings.Signer;
import vn.socongvu.text.VnFormat;

/**
 * The BÁO CÁO kết quả kiểm tra công vụ after an inspection round (one inspection in the app: one decision, one team,
 * the units and persons it visited over its days), described for the document engine: I. the scope (units and
 * persons, contents, time and team), II. the results (what was found; the violations with the person, unit, content
 * and the measure decided; where each remediation stands on the report's day), III. the proposals; signed for the
 * committee.
 */
public final class InspectionRoundReport {
    private InspectionRoundReport() {
    }

    /**
     * @param number    the full number ("07/BC-UBND"), or null for a draft
     * @param date      the report's day: remediations are judged as of it (null: left blank, judged as of the end)
     * @param proposals the kiến nghị, đề xuất as the clerk left them, one paragraph per line (blank: no section III)
     * @param deadline  the deadline a remediation is held to (a day off moves to the next working day)
     */
    public static OfficialDocument document(Inspection i, CommuneIdentity identity, Signer signer, String proposals,
                                            String number, LocalDate date, Function<Long, Staff> staff,
                                            Function<Long, String> unitName, UnaryOperator<LocalDate> deadline) {
        List<Block> body = new ArrayList<>();
        String subjects = InspectionPaperText.subjects(i, unitName);
        String basis = i.decisionNumber() == null ? "" : Messages.get("inspection.report.basis", i.decisionNumber(),
                VnFormat.date(i.decisionDate()));
        String when = i.startsOn().equals(i.endsOn()) ? Messages.get("inspection.report.onDay", VnFormat.date(i.startsOn()))
                : Messages.get("inspection.report.onDays", VnFormat.date(i.startsOn()), VnFormat.date(i.endsOn()));
        String opening = Messages.get("inspection.report.opening", basis, when, i.kind().words(), subjects);
        body.add(Block.Paragraph.of(opening.substring(0, 1).toUpperCase(Locale.ROOT) + opening.substring(1)));

        body.add(Block.Heading.of(1, Messages.get("inspection.report.scope")));
        body.add(Block.Heading.of(2, Messages.get("inspection.report.subjects")));
        List<String> who = new ArrayList<>();
        i.unitIds().forEach(u -> who.add(unitName.apply(u)));
        i.persons().forEach(p -> who.add(p.unitName() == null ? p.fullName()
                : Messages.get("inspection.doc.personAt", p.fullName(), p.unitName())));
        bullets(body, who);
        body.add(Block.Heading.of(2, Messages.get("inspection.report.contents")));
        bullets(body, i.checks().isEmpty() ? List.of(strip(Messages.get("inspection.doc.noChecklist")))
                : i.checks().stream().map(c -> strip(c.itemName())).toList());
        body.add(Block.Heading.of(2, Messages.get("inspection.report.timeAndTeam")));
        body.add(Block.Paragraph.of(InspectionPaperText.time(i)));
        body.add(Block.Paragraph.of(Messages.get("inspection.report.team")));
        bullets(body, InspectionPaperText.team(i, staff));

        body.add(Block.Heading.of(1, Messages.get("inspection.report.results")));
        body.add(Block.Heading.of(2, Messages.get("inspection.report.found")));
        body.addAll(Block.paragraphs(i.findings()));
        for (Inspection.Check c : i.checks()) {
            if (c.remark() != null && !c.remark().isBlank()) {
                body.add(Block.Paragraph.bullet(DocumentText.sentence(strip(c.itemName()) + ": "
                        + DocumentText.lowerFirst(c.remark().strip()))));
            }
        }
        if ((i.findings() == null || i.findings().isBlank())
                && i.checks().stream().allMatch(c -> c.remark() == null || c.remark().isBlank())) {
            body.add(Block.Paragraph.of(Messages.get(i.violations().isEmpty() ? "inspection.report.foundNothing"
                    : "inspection.report.foundSee")));
        }

        body.add(Block.Heading.of(2, Messages.get("inspection.report.violations")));
        if (i.violations().isEmpty()) {
            body.add(Block.Paragraph.of(Messages.get("inspection.doc.noViolation")));
        } else {
            body.add(Block.Paragraph.of(violationsIntro(i.violations())));
            List<List<String>> rows = new ArrayList<>();
            int k = 1;
            for (Inspection.Violation v : i.violations()) {
                rows.add(List.of(Integer.toString(k++), v.fullName() == null ? "" : v.fullName(),
                        v.unitName() == null ? "" : v.unitName(), content(v), v.severity().label(), handling(v)));
            }
            body.add(new Block.Table(List.of(Block.Column.number(Messages.get("inspection.doc.col.no"), 6),
                    Block.Column.text(Messages.get("inspection.report.col.person"), 17),
                    Block.Column.text(Messages.get("inspection.report.col.unit"), 18),
                    Block.Column.text(Messages.get("inspection.doc.col.content"), 27),
                    Block.Column.text(Messages.get("inspection.doc.col.severity"), 12),
                    Block.Column.text(Messages.get("inspection.report.col.measure"), 20)), rows, false));
        }

        body.add(Block.Heading.of(2, Messages.get("inspection.report.remediation")));
        LocalDate asOf = date != null ? date : i.endsOn();
        List<String> remedies = new ArrayList<>();
        for (Inspection.Violation v : i.violations()) {
            if (v.remediationDeadline() != null) {
                remedies.add(Messages.get("inspection.report.remedyLine", v.unitName(),
                        DocumentText.lowerFirst(strip(v.content())), remedyState(v, asOf, deadline)));
            }
        }
        if (remedies.isEmpty()) {
            body.add(Block.Paragraph.of(Messages.get("inspection.report.noRemedy")));
        } else {
            bullets(body, remedies);
        }

        List<Block.Paragraph> asked = Block.paragraphs(proposals);
        if (!asked.isEmpty()) {
            body.add(Block.Heading.of(1, Messages.get("inspection.report.proposals")));
            body.addAll(asked);
        }
        body.add(Block.Paragraph.of(Messages.get("inspection.report.closing", identity.communeName())));

        List<String> recipients = List.of(Messages.get("inspection.report.recipients").split("\n"));
        return new OfficialDocument(DocumentKind.BAO_CAO, DocumentRegister.ISSUER_CODE, number, date,
                OfficialDocument.Issuer.of(identity), title(i), List.of(), body, recipients,
                signer == null ? null : Signature.of(signer), null);
    }

    /** "Kết quả kiểm tra công vụ đột xuất tại …": the trích yếu, also the register's title. */
    public static String title(Inspection i) {
        return Messages.get("inspection.report.title", DocumentText.lowerFirst(i.title()));
    }

    /** "Qua kiểm tra, phát hiện 3 trường hợp vi phạm (2 cá nhân, 1 đơn vị):" — a kind with none is not named. */
    static String violationsIntro(List<Inspection.Violation> vs) {
        long persons = vs.stream().filter(v -> v.staffId() != null).count();
        long units = vs.size() - persons;
        String split = persons > 0 && units > 0 ? Messages.get("inspection.report.split", persons, units)
                : persons > 0 ? Messages.get("inspection.report.persons", persons)
                : Messages.get("inspection.report.units", units);
        return Messages.get("inspection.report.violationsIntro", vs.size(), split);
    }

    /** Where a remediation stands on {@code asOf}: done on a day, under way until its deadline, or overdue. */
    static String remedyState(Inspection.Violation v, LocalDate asOf, UnaryOperator<LocalDate> deadline) {
        LocalDate due = deadline.apply(v.remediationDeadline());
        if (v.remediatedOn() != null && !v.remediatedOn().isAfter(asOf)) {
            return Messages.get(v.remediatedOn().isAfter(due) ? "inspection.report.remedyDoneLate"
                    : "inspection.report.remedyDone", VnFormat.date(v.remediatedOn()), VnFormat.date(due));
        }
        return Messages.get(due.isBefore(asOf) ? "inspection.report.remedyOverdue" : "inspection.report.remedyOpen",
                VnFormat.date(due));
    }

    private static String content(Inspection.Violation v) {
        return v.description() == null ? v.content() : v.content() + ": " + DocumentText.lowerFirst(v.description());
    }

    /** The measure decided (with its decision), or the one proposed while undecided. */
    private static String handling(Inspection.Violation v) {
        if (v.decided() != null) {
            return v.decisionNumber() == null ? v.decided().label() : Messages.get("inspection.doc.decided",
                    v.decided().label(), v.decisionNumber(), VnFormat.date(v.decisionDate()));
        }
        return v.proposed() == null ? Messages.get("inspection.doc.undecided")
                : Messages.get("inspection.doc.proposedOnly", v.proposed().label().toLowerCase(Locale.ROOT));
    }

    private static String strip(String s) {
        String t = s == null ? "" : s.strip();
        while (!t.isEmpty() && ".;".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    private static void bullets(List<Block> body, List<String> lines) {
        for (int k = 0; k < lines.size(); k++) {
            body.add(Block.Paragraph.bullet(lines.get(k) + (k == lines.size() - 1 ? "." : ";")));
        }
    }
}
