package vn.socongvu.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.socongvu.document.Block;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.document.DocumentRegister;
import vn.socongvu.document.OfficialDocument;
import vn.socongvu.document.Signature;
import vn.socongvu.i18n.Messages;
import vn.socongvu.settings.CommuneIdentity;
import vn.socongvu.settings.Signer;
import vn.socongvu.text.VnFormat;

/**
 * The công văn đôn đốc to one unit, described for the document engine (Nghị định 30/2020, Phụ lục III, mẫu 1.4:
 * no type name, "V/v …" under the number): "Kính gửi: …", its overdue tasks and those due within a few working days
 * (remediations after an inspection among them), each with where it was assigned and its deadline as Nhiệm vụ shows
 * it, the request to complete them and report by a day; Nơi nhận, signed for the committee.
 */
public final class FollowUpLetter {
    private FollowUpLetter() {
    }

    /**
     * A task the letter names: its content, where it was assigned ("Kế hoạch số 06/KH-UBND ngày 05/01/2026"), its
     * deadline (a day off already moved to the next working day) and how many working days it is late by (0 when
     * not yet due) or has left.
     */
    public record Item(String content, String source, LocalDate due, boolean overdue, int workingDays) {
    }

    /**
     * @param number   the full number ("125/UBND"), or null for a draft
     * @param date     the day of issue (null: left blank)
     * @param asOf     the day the tasks' states are judged on
     * @param soonDays how many working days ahead "sắp đến hạn" looks
     * @param reportBy the day the unit is to report by
     */
    public static OfficialDocument document(CommuneIdentity identity, Signer signer, String number, LocalDate date,
                                            String unit, List<Item> items, LocalDate asOf, int soonDays,
                                            LocalDate reportBy) {
        List<Item> overdue = items.stream().filter(Item::overdue).toList();
        List<Item> soon = items.stream().filter(i -> !i.overdue()).toList();
        List<Block> body = new ArrayList<>();
        body.add(Block.Centered.of(Messages.get("followUp.doc.to", unit)));
        List<String> counts = new ArrayList<>();
        if (!overdue.isEmpty()) {
            counts.add(Messages.get("followUp.doc.countOverdue", overdue.size()));
        }
        if (!soon.isEmpty()) {
            counts.add(Messages.get("followUp.doc.countSoon", soon.size(), soonDays));
        }
        body.add(Block.Paragraph.of(counts.isEmpty() ? Messages.get("followUp.doc.none", VnFormat.date(asOf), unit)
                : Messages.get("followUp.doc.opening", VnFormat.date(asOf), unit, String.join(Messages.get(
                        "followUp.doc.and"), counts))));
        if (!overdue.isEmpty()) {
            if (!soon.isEmpty()) {
                body.add(Block.Heading.of(2, Messages.get("followUp.doc.overdue")));
            }
            body.add(table(overdue));
        }
        if (!soon.isEmpty()) {
            if (!overdue.isEmpty()) {
                body.add(Block.Heading.of(2, Messages.get("followUp.doc.soon")));
            }
            body.add(table(soon));
        }
        body.add(Block.Paragraph.of(Messages.get("followUp.doc.request", unit)));
        if (!overdue.isEmpty()) {
            body.add(Block.Paragraph.bullet(Messages.get("followUp.doc.requestOverdue")));
        }
        if (!soon.isEmpty()) {
            body.add(Block.Paragraph.bullet(Messages.get("followUp.doc.requestSoon")));
        }
        body.add(Block.Paragraph.bullet(Messages.get("followUp.doc.requestReport", VnFormat.date(reportBy))));
        body.add(Block.Paragraph.of(Messages.get("followUp.doc.closing", unit)));
        return new OfficialDocument(DocumentKind.CONG_VAN, DocumentRegister.ISSUER_CODE, number, date,
                OfficialDocument.Issuer.of(identity), about(!overdue.isEmpty(), !soon.isEmpty()), List.of(), body,
                recipients(), signer == null ? null : Signature.of(signer), null);
    }

    /** The letter's Nơi nhận: "Như trên" (the unit of "Kính gửi") first, then the others, "Lưu: VT" last. */
    static List<String> recipients() {
        return List.of(Messages.get("followUp.doc.recipients").split("\n"));
    }

    /** The text after "V/v": "đôn đốc thực hiện nhiệm vụ quá hạn, sắp đến hạn" (or the one kind it names). */
    public static String about(boolean overdue, boolean soon) {
        return Messages.get(overdue && soon ? "followUp.doc.about" : overdue ? "followUp.doc.aboutOverdue"
                : "followUp.doc.aboutSoon");
    }

    private static Block.Table table(List<Item> items) {
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (Item i : items) {
            rows.add(List.of(Integer.toString(n++), i.content(), i.source(), VnFormat.date(i.due()),
                    Messages.get(i.overdue() ? "followUp.doc.late" : i.workingDays() == 0 ? "followUp.doc.dueToday"
                            : "followUp.doc.left", i.workingDays())));
        }
        return new Block.Table(List.of(Block.Column.number(Messages.get("followUp.doc.col.no"), 6),
                Block.Column.text(Messages.get("followUp.doc.col.content"), 37),
                Block.Column.text(Messages.get("followUp.doc.col.source"), 23),
                Block.Column.number(Messages.get("followUp.doc.col.due"), 16),
                Block.Column.text(Messages.get("followUp.doc.col.state"), 18)), rows, false);
    }
}
