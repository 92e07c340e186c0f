package vn.socongvu.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import vn.socongvu.directory.Staff;
import vn.socongvu.document.Block;
import vn.socongvu.document.Signature;
import vn.socongvu.i18n.Messages;
import vn.socongvu.text.VnFormat;
import vn.socongvu.text.VnText;

/**
 * What the papers the office issues for the chairman around the meetings share (the invitation, the notice of the
 * conclusions, the weekly schedule): the moment written as offices write it, and the signature "TL. CHỦ TỊCH /
 * CHÁNH VĂN PHÒNG" of the head of the office.
 */
public final class OfficePapers {
    private OfficePapers() {
    }

    /** "14 giờ 00, thứ Năm, ngày 10/12/2026". */
    public static String moment(LocalDateTime t) {
        return Messages.get("papers.moment", two(t.getHour()), two(t.getMinute()), day(t.toLocalDate()));
    }

    /** "thứ Năm, ngày 10/12/2026". */
    public static String day(LocalDate d) {
        return Messages.get("papers.day", weekdayLower(d), VnFormat.date(d));
    }

    /** "thứ Năm", "chủ nhật": the weekday inside a sentence. */
    static String weekdayLower(LocalDate d) {
        String w = VnFormat.weekday(d);
        return w.substring(0, 1).toLowerCase(Messages.VI) + w.substring(1);
    }

    /** The head of the office: the active staff member whose title is "Chánh Văn phòng" (null when none is kept). */
    public static Staff officeHead(List<Staff> staff) {
        return staff.stream().filter(Staff::active)
                .filter(s -> s.jobTitle() != null && VnText.fold(s.jobTitle()).startsWith("chanh van phong"))
                .findFirst().orElse(null);
    }

    /** "TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG", the head of the office's name (blank to write by hand when none is kept). */
    public static Signature officeSignature(Staff head) {
        return new Signature(List.of(Messages.get("papers.sign.tl")), Messages.get("papers.sign.officeHead"),
                head == null ? "" : head.fullName());
    }

    /** A line led by its label in bold: "Thời gian: …". */
    static Block.Paragraph labelled(String labelKey, String text) {
        return new Block.Paragraph(null, List.of(Block.Span.bold(Messages.get(labelKey) + " "), Block.Span.plain(text)));
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }
}
