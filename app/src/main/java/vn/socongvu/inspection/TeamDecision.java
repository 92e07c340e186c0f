package vn.socongvu.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

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
 * The QUYẾT ĐỊNH thành lập Đoàn kiểm tra công vụ of an inspection, described for the document engine (Nghị định
 * 30/2020, Phụ lục III, mẫu 1.2): the issuing authority, the "Căn cứ" lines, "QUYẾT ĐỊNH:", Điều 1 (the team: the
 * leader as Trưởng đoàn, the members with their posts and units), Điều 2 (its task: the contents, the units and
 * persons, the time), Điều 3 (who carries it out); Nơi nhận, signed for the committee (TM./KT. CHỦ TỊCH).
 */
public final class TeamDecision {
    private TeamDecision() {
    }

    /**
     * @param number the full number ("45/QĐ-UBND"), or null for a draft numbered by hand
     * @param date   the day of issue (null: left blank)
     * @param bases  the "Căn cứ" lines, as the clerk left them (punctuated by the engine's rule)
     */
    public static OfficialDocument document(Inspection i, CommuneIdentity identity, Signer signer, List<String> bases,
                                            String number, LocalDate date, Function<Long, Staff> staff,
                                            Function<Long, String> unitName) {
        OfficialDocument.Issuer issuer = OfficialDocument.Issuer.of(identity);
        List<Block> body = new ArrayList<>();
        body.add(Block.Centered.bold(DocumentText.author(issuer).toUpperCase(Messages.VI)));
        for (String b : DocumentText.legalBases(bases)) {
            body.add(new Block.Paragraph(null, List.of(Block.Span.italic(b))));
        }
        body.add(Block.Centered.bold(Messages.get("inspection.decision.decides")));

        String subjects = InspectionPaperText.subjects(i, unitName);
        body.add(article(1, Messages.get("inspection.decision.article1", i.kind().words(), subjects)));
        List<String> team = InspectionPaperText.team(i, staff);
        for (int k = 0; k < team.size(); k++) {
            body.add(Block.Paragraph.labelled((k + 1) + ".", team.get(k) + (k == team.size() - 1 ? "." : ";")));
        }

        body.add(article(2, Messages.get("inspection.decision.article2", subjects)));
        List<String> contents = i.checks().isEmpty() ? List.of(Messages.get("inspection.doc.noChecklist"))
                : i.checks().stream().map(Inspection.Check::itemName).toList();
        for (int k = 0; k < contents.size(); k++) {
            String c = DocumentText.nfc(contents.get(k)).strip();
            while (c.endsWith(".") || c.endsWith(";")) {
                c = c.substring(0, c.length() - 1);
            }
            body.add(Block.Paragraph.labelled("-", c + (k == contents.size() - 1 ? "." : ";")));
        }
        body.add(Block.Paragraph.of(InspectionPaperText.time(i)));
        body.add(Block.Paragraph.of(Messages.get("inspection.decision.duties")));

        body.add(article(3, Messages.get("inspection.decision.article3")));

        List<String> recipients = List.of(Messages.get("inspection.decision.recipients").split("\n"));
        return new OfficialDocument(DocumentKind.QUYET_DINH, DocumentRegister.ISSUER_CODE, number, date, issuer,
                title(i), List.of(), body, recipients, signer == null ? null : Signature.of(signer), null);
    }

    /** "Về việc thành lập Đoàn kiểm tra công vụ đột xuất": the trích yếu, also the register's title. */
    public static String title(Inspection i) {
        return Messages.get("inspection.decision.title", i.kind().words());
    }

    /** The default "Căn cứ" lines: the laws, the plan the inspection carries out (if any), the proposal. */
    public static List<String> defaultBases(String planLine) {
        List<String> out = new ArrayList<>(List.of(Messages.get("inspection.decision.bases.law").split("\n")));
        if (planLine != null) {
            out.add(planLine);
        }
        out.add(Messages.get("inspection.decision.bases.proposal"));
        return out;
    }

    /** "Căn cứ Kế hoạch số 03/KH-UBND ngày 10/01/2026 của Ủy ban nhân dân xã về …". */
    public static String planLine(String planNumber, LocalDate issuedOn, String planTitle) {
        return Messages.get("inspection.decision.bases.plan", planNumber, VnFormat.date(issuedOn),
                DocumentText.lowerFirst(planTitle));
    }

    private static Block.Paragraph article(int n, String text) {
        return new Block.Paragraph(null, List.of(Block.Span.bold(Messages.get("inspection.decision.article", n)),
                Block.Span.plain(text)));
    }
}
