package vn.socongvu.inspection;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
 * The two documents of an inspection, described for the document engine: the BIÊN BẢN KIỂM TRA (the team, who and
 * what was inspected, the findings, the violations with the explanations given and the handling proposed, the
 * conclusion; signed by the unit's representative and the team leader) and the THÔNG BÁO of the conclusion (the
 * violations with the handling decided, the remediation required; signed for the committee).
 */
public final class InspectionDocuments {
    private InspectionDocuments() {
    }

    /**
     * What the documents look up: a staff member by id, a unit's name by id, the name of the head of the unit
     * inspected (null when the directory knows none), and the day a remediation deadline is held to (a day off moves
     * to the next working day, as the remediation task shows it).
     */
    public record Lookups(Function<Long, Staff> staff, Function<Long, String> unitName, Function<Inspection, String> unitHead,
                          UnaryOperator<LocalDate> deadline) {
    }

    public static OfficialDocument record(Inspection i, CommuneIdentity identity, Lookups lookups) {
        Function<Long, Staff> staff = lookups.staff();
        Function<Long, String> unitName = lookups.unitName();
        List<Block> body = new ArrayList<>();
        if (i.decisionNumber() != null) {
            body.add(Block.Paragraph.of(Messages.get("inspection.doc.basis", i.decisionNumber(),
                    VnFormat.date(i.decisionDate()))));
        }
        body.add(line("inspection.doc.record.start", moment(i.startsOn(), i.startTime()) + "."));
        body.add(line("inspection.doc.record.place", i.place() == null ? Messages.get("inspection.doc.blankPlace")
                : DocumentText.sentence(i.place())));
        body.add(Block.Paragraph.of(Messages.get(i.startsOn().equals(i.endsOn()) ? "inspection.doc.record.opening"
                        : "inspection.doc.record.openingDays", VnFormat.date(i.startsOn()), VnFormat.date(i.endsOn()),
                i.kind().words(), subjects(i, unitName))));

        body.add(Block.Heading.of(1, Messages.get("inspection.doc.team")));
        Staff leader = i.leaderId() == null ? null : staff.apply(i.leaderId());
        List<String> team = new ArrayList<>();
        if (leader != null) {
            team.add(Messages.get("inspection.doc.leaderLine", leader.fullName(), describe(leader)));
        }
        for (Inspection.Member m : i.members()) {
            team.add(Messages.get("inspection.doc.memberLine", m.fullName(), m.body() == null ? "" : ", " + m.body()));
        }
        bullets(body, team);
        body.add(Block.Heading.of(1, Messages.get("inspection.doc.subjects")));
        List<String> who = new ArrayList<>();
        i.unitIds().forEach(u -> who.add(unitName.apply(u)));
        i.persons().forEach(p -> who.add(p.unitName() == null ? p.fullName() : p.fullName() + ", " + p.unitName()));
        bullets(body, who);

        body.add(Block.Heading.of(1, Messages.get("inspection.doc.contents")));
        int n = 1;
        for (Inspection.Check c : i.checks()) {
            body.add(Block.Paragraph.labelled(n++ + ".", DocumentText.sentence(c.remark() == null ? c.itemName()
                    : c.itemName() + ": " + DocumentText.lowerFirst(c.remark()))));
        }
        if (i.checks().isEmpty()) {
            body.add(Block.Paragraph.of(Messages.get("inspection.doc.noChecklist")));
        }

        body.add(Block.Heading.of(1, Messages.get("inspection.doc.results")));
        paragraphs(body, i.findings());
        if (i.violations().isEmpty()) {
            body.add(Block.Paragraph.of(Messages.get("inspection.doc.noViolation")));
        } else {
            body.add(Block.Paragraph.of(Messages.get("inspection.doc.violationsIntro", i.violations().size())));
            List<List<String>> rows = new ArrayList<>();
            int k = 1;
            for (Inspection.Violation v : i.violations()) {
                rows.add(List.of(Integer.toString(k++), violator(v), content(v), v.severity().label(),
                        v.explanation() == null ? "" : v.explanation(), v.proposed() == null ? "" : v.proposed().label()));
            }
            body.add(new Block.Table(List.of(Block.Column.number(Messages.get("inspection.doc.col.no"), 5),
                    Block.Column.text(Messages.get("inspection.doc.col.who"), 21),
                    Block.Column.text(Messages.get("inspection.doc.col.content"), 27),
                    Block.Column.text(Messages.get("inspection.doc.col.severity"), 13),
                    Block.Column.text(Messages.get("inspection.doc.col.explanation"), 20),
                    Block.Column.text(Messages.get("inspection.doc.col.proposed"), 14)), rows, false));
        }

        // The conclusion's heading only over a conclusion or remediation to state: never an empty section.
        boolean remedy = i.violations().stream().anyMatch(v -> v.remediationDeadline() != null);
        if (i.conclusion() != null || remedy) {
            body.add(Block.Heading.of(1, Messages.get("inspection.doc.conclusion")));
            paragraphs(body, i.conclusion());
            remediation(body, i, lookups.deadline());
        }
        body.add(Block.Paragraph.of(Messages.get("inspection.doc.record.end", moment(i.endsOn(), i.endTime()))));
        body.add(Block.Paragraph.of(copies(i.copies())));
        body.add(Block.Paragraph.of(Messages.get("inspection.doc.record.closing")));
        String head = lookups.unitHead().apply(i);

        return new OfficialDocument(DocumentKind.BIEN_BAN, DocumentRegister.ISSUER_CODE, i.recordNumber(), i.endsOn(),
                OfficialDocument.Issuer.of(identity), i.title(), List.of(), body, recordRecipients(i, unitName),
                Signature.personal(Messages.get("inspection.doc.sign.leader"), leader == null ? "" : leader.fullName()),
                Signature.personal(Messages.get("inspection.doc.sign.unit"), head == null ? "" : head));
    }

    /**
     * The record's Nơi nhận (printed under the signatures, left, as in Mẫu 1.9): the units inspected (those of the
     * persons inspected too), the team, and the file.
     */
    static List<String> recordRecipients(Inspection i, Function<Long, String> unitName) {
        Set<String> out = new LinkedHashSet<>();
        i.unitIds().forEach(u -> out.add(unitName.apply(u)));
        i.persons().stream().filter(p -> p.unitName() != null).forEach(p -> out.add(p.unitName()));
        out.removeIf(String::isBlank);
        out.add(Messages.get("inspection.doc.record.toTeam"));
        out.add(Messages.get("inspection.doc.record.toFile"));
        return new ArrayList<>(out);
    }

    /** "Biên bản được lập thành 02 bản …": the team keeps one, the unit inspected the others. */
    static String copies(int n) {
        return n <= 1 ? Messages.get("inspection.doc.record.oneCopy")
                : Messages.get("inspection.doc.record.copies", two(n), two(n - 1));
    }

    /** "08 giờ 00 phút, ngày 16 tháng 11 năm 2026"; the hour left to fill by hand ("… giờ … phút") when not recorded. */
    static String moment(LocalDate day, LocalTime time) {
        int month = day.getMonthValue();
        String date = Messages.get("inspection.doc.day", two(day.getDayOfMonth()),
                month < 3 ? two(month) : Integer.toString(month), Integer.toString(day.getYear()));
        return time == null ? Messages.get("inspection.doc.blankTime", date)
                : Messages.get("inspection.doc.moment", two(time.getHour()), two(time.getMinute()), date);
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }

    private static Block.Paragraph line(String key, String value) {
        return new Block.Paragraph(null, List.of(Block.Span.bold(Messages.get(key) + " "), Block.Span.plain(value)));
    }

    public static OfficialDocument notice(Inspection i, CommuneIdentity identity, Signer signer, Lookups lookups) {
        Function<Long, String> unitName = lookups.unitName();
        LocalDate dated = i.endsOn();
        List<Block> body = new ArrayList<>();
        String basis = i.decisionNumber() == null ? "" : Messages.get("inspection.doc.notice.basis",
                i.decisionNumber(), VnFormat.date(i.decisionDate()));
        String opening = Messages.get(i.startsOn().equals(i.endsOn()) ? "inspection.doc.notice.opening"
                        : "inspection.doc.notice.openingDays", basis, VnFormat.date(i.startsOn()),
                VnFormat.date(i.endsOn()), i.kind().words(), subjects(i, unitName));
        body.add(Block.Paragraph.of(opening.substring(0, 1).toUpperCase(Locale.ROOT) + opening.substring(1)));

        body.add(Block.Heading.of(2, Messages.get("inspection.doc.notice.results")));
        paragraphs(body, i.findings());
        if (i.findings() == null) {
            body.add(Block.Paragraph.of(Messages.get("inspection.doc.notice.checked", i.checks().stream()
                    .map(c -> DocumentText.lowerFirst(c.itemName())).reduce((a, b) -> a + "; " + b).orElse(""))));
        }

        body.add(Block.Heading.of(2, Messages.get("inspection.doc.notice.violations")));
        if (i.violations().isEmpty()) {
            body.add(Block.Paragraph.of(Messages.get("inspection.doc.noViolation")));
        } else {
            List<List<String>> rows = new ArrayList<>();
            int k = 1;
            for (Inspection.Violation v : i.violations()) {
                rows.add(List.of(Integer.toString(k++), violator(v), content(v), v.severity().label(),
                        handling(v, dated)));
            }
            body.add(new Block.Table(List.of(Block.Column.number(Messages.get("inspection.doc.col.no"), 5),
                    Block.Column.text(Messages.get("inspection.doc.col.who"), 24),
                    Block.Column.text(Messages.get("inspection.doc.col.content"), 31),
                    Block.Column.text(Messages.get("inspection.doc.col.severity"), 14),
                    Block.Column.text(Messages.get("inspection.doc.col.handling"), 26)), rows, false));
        }
        if (i.violations().stream().anyMatch(v -> v.remediationDeadline() != null)) {
            body.add(Block.Heading.of(2, Messages.get("inspection.doc.notice.remediation")));
            remediation(body, i, lookups.deadline());
        }
        if (i.conclusion() != null) {
            body.add(Block.Heading.of(2, Messages.get("inspection.doc.notice.requests")));
            paragraphs(body, i.conclusion());
        }
        body.add(Block.Paragraph.of(Messages.get("inspection.doc.notice.closing")));
        List<String> recipients = new ArrayList<>(List.of(Messages.get("inspection.doc.notice.recipients").split("\n")));
        return new OfficialDocument(DocumentKind.THONG_BAO, DocumentRegister.ISSUER_CODE, i.noticeNumber(), dated,
                OfficialDocument.Issuer.of(identity), InspectionService.noticeTitle(i.title()), List.of(), body,
                recipients, signer == null ? null : Signature.of(signer), null);
    }

    /** The units and persons inspected, in one phrase. */
    private static String subjects(Inspection i, Function<Long, String> unitName) {
        Set<String> s = new LinkedHashSet<>();
        i.unitIds().forEach(u -> s.add(unitName.apply(u)));
        i.persons().forEach(p -> s.add(p.unitName() == null ? p.fullName()
                : Messages.get("inspection.doc.personAt", p.fullName(), p.unitName())));
        return String.join("; ", s);
    }

    private static String describe(Staff s) {
        return s.jobTitle() == null || s.jobTitle().isBlank() ? s.unitName() : s.jobTitle();
    }

    private static String violator(Inspection.Violation v) {
        return v.fullName() == null ? v.unitName()
                : v.fullName() + (v.unitName() == null ? "" : " (" + v.unitName() + ")");
    }

    private static String content(Inspection.Violation v) {
        return v.description() == null ? v.content() : v.content() + ": " + DocumentText.lowerFirst(v.description());
    }

    /**
     * The handling as it stood on {@code dated}, the notice's day: "Cảnh cáo (Quyết định số 12/QĐ-UBND ngày
     * 20/03/2026)" when decided by then; "Đề xuất kiểm điểm, chờ quyết định" while undecided, or when the decision
     * came later (the notice cannot cite a decision not yet made: the measure then reads as proposed).
     */
    static String handling(Inspection.Violation v, LocalDate dated) {
        boolean later = v.decided() != null && v.decisionDate() != null && dated != null
                && v.decisionDate().isAfter(dated);
        if (v.decided() != null && !later) {
            return v.decisionNumber() == null ? v.decided().label() : Messages.get("inspection.doc.decided",
                    v.decided().label(), v.decisionNumber(), VnFormat.date(v.decisionDate()));
        }
        DisciplineMeasure proposed = v.proposed() != null ? v.proposed() : later ? v.decided() : null;
        return proposed == null ? Messages.get("inspection.doc.undecided")
                : Messages.get("inspection.doc.proposedOnly", proposed.label().toLowerCase(Locale.ROOT));
    }

    /** One line per unit and content to remedy, with its deadline as held to (the working day). */
    private static void remediation(List<Block> body, Inspection i, UnaryOperator<LocalDate> deadline) {
        Set<String> lines = new LinkedHashSet<>();
        for (Inspection.Violation v : i.violations()) {
            if (v.remediationDeadline() != null) {
                lines.add(Messages.get("inspection.doc.remedyLine", v.unitName(), DocumentText.lowerFirst(v.content()),
                        VnFormat.date(deadline.apply(v.remediationDeadline()))));
            }
        }
        bullets(body, new ArrayList<>(lines));
    }

    private static void bullets(List<Block> body, List<String> lines) {
        for (int k = 0; k < lines.size(); k++) {
            body.add(Block.Paragraph.bullet(lines.get(k) + (k == lines.size() - 1 ? "." : ";")));
        }
    }

    private static void paragraphs(List<Block> body, String text) {
        body.addAll(Block.paragraphs(text));
    }
}
