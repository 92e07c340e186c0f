package vn.socongvu.meeting;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import vn.socongvu.directory.Staff;
import vn.socongvu.document.Block;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.document.DocumentRegister;
import vn.socongvu.document.DocumentText;
import vn.socongvu.document.OfficialDocument;
import vn.socongvu.document.Signature;
import vn.socongvu.i18n.Messages;
import vn.socongvu.plan.PlanDocument;
import vn.socongvu.settings.CommuneIdentity;
import vn.socongvu.settings.WorkCalendar;

/**
 * A meeting's minutes as a BIÊN BẢN to Mẫu 1.9 of Nghị định 30/2020: start time, place and format,
 * attendance (counts, who came, who was absent and why), chair, secretary, the content in the order of the
 * meeting, the chair's conclusions with whom they were assigned to, the closing line, the secretary's (left) and
 * chair's (right) signatures, and under them, left, the Nơi nhận: the members of the meeting and "Lưu: VT, hồ sơ".
 */
public final class MinutesDocument {
    private MinutesDocument() {
    }

    public static OfficialDocument build(Meeting m, CommuneIdentity identity, Function<Long, Staff> staff,
                                         List<MeetingService.ConclusionTask> conclusions,
                                         Function<Long, String> unitName, WorkCalendar calendar) {
        List<Block> body = new ArrayList<>();
        body.add(line("minutes.start", moment(m.startsAt())));
        String where = m.place() != null ? m.place() : Messages.get("minutes.online", m.link());
        if (m.format() == MeetingFormat.HYBRID && m.link() != null) {
            where = Messages.get("minutes.placeAndLink", m.place(), m.link());
        }
        body.add(line("minutes.place", where));
        body.add(line("minutes.format", m.format().label().toLowerCase(Locale.ROOT)
                + (m.paperless() ? Messages.get("minutes.paperless") : "")));

        MeetingRules.AttendanceCount a = MeetingRules.attendance(m.participants());
        String counts = a.invited() == 0 ? Messages.get("minutes.noList")
                : (a.absentCount() == 0 ? Messages.get("minutes.countsAll", a.invited())
                : Messages.get("minutes.counts", a.invited(), a.present(), a.absentCount()))
                + (a.late() > 0 ? Messages.get("minutes.lateCount", a.late()) : "") + ".";
        body.add(new Block.Paragraph(null, List.of(Block.Span.bold(Messages.get("minutes.participants") + " "),
                Block.Span.plain(counts))));
        List<Meeting.Participant> came = m.participants().stream().filter(p -> p.attendance().attended()).toList();
        for (int i = 0; i < came.size(); i++) {
            Meeting.Participant p = came.get(i);
            String late = p.attendance() == Attendance.LATE ? Messages.get("minutes.late") : "";
            body.add(Block.Paragraph.bullet(who(p) + late + (i == came.size() - 1 ? "." : ";")));
        }
        if (!a.absent().isEmpty()) {
            body.add(new Block.Paragraph(null, List.of(Block.Span.bold(Messages.get("minutes.absent",
                    a.absentCount())))));
            for (int i = 0; i < a.absent().size(); i++) {
                Meeting.Participant p = a.absent().get(i);
                body.add(Block.Paragraph.bullet(Messages.get("minutes.absentReason", who(p), p.absenceReason())
                        + (i == a.absent().size() - 1 ? "." : ";")));
            }
        }
        Staff chair = m.chairId() == null ? null : staff.apply(m.chairId());
        Staff secretary = m.secretaryId() == null ? null : staff.apply(m.secretaryId());
        body.add(line("minutes.chair", chair == null ? "" : chair.fullName() + ", " + MeetingService.describe(chair)));
        body.add(line("minutes.secretary", secretary == null ? ""
                : secretary.fullName() + ", " + MeetingService.describe(secretary)));

        body.add(new Block.Paragraph(null, List.of(Block.Span.bold(Messages.get("minutes.content")))));
        int n = 1;
        for (Meeting.AgendaItem item : m.agenda()) {
            body.add(new Block.Paragraph(n++ + ".", List.of(Block.Span.bold(DocumentText.sentence(item.item())))));
            if (item.discussion() != null) {
                for (String para : item.discussion().split("\\R")) {
                    if (!para.isBlank()) {
                        body.add(Block.Paragraph.of(para.strip()));
                    }
                }
            }
        }
        if (!conclusions.isEmpty()) {
            body.add(new Block.Paragraph(null, List.of(Block.Span.bold(Messages.get("minutes.conclusions")))));
            int k = 1;
            for (MeetingService.ConclusionTask c : conclusions) {
                String text = DocumentText.sentence(c.conclusion().text());
                if (c.task() != null && c.task().leadUnitId() != null) {
                    text += " " + Messages.get("minutes.assigned", unitName.apply(c.task().leadUnitId()),
                            PlanDocument.deadline(c.task(), calendar));
                }
                body.add(Block.Paragraph.labelled(k++ + ".", text));
            }
        }
        LocalDateTime end = m.endsAt();
        body.add(Block.Paragraph.of(Messages.get("minutes.end", moment(end))));

        return new OfficialDocument(DocumentKind.BIEN_BAN, DocumentRegister.ISSUER_CODE, m.number(), m.date(),
                OfficialDocument.Issuer.of(identity), m.title(), List.of(), body,
                List.of(Messages.get("minutes.recipients").split("\n")),
                Signature.personal(Messages.get("minutes.sign.chair"), chair == null ? "" : chair.fullName()),
                Signature.personal(Messages.get("minutes.sign.secretary"), secretary == null ? "" : secretary.fullName()));
    }

    private static Block.Paragraph line(String key, String value) {
        return new Block.Paragraph(null, List.of(Block.Span.bold(Messages.get(key) + " "),
                Block.Span.plain(DocumentText.sentence(value == null ? "" : value))));
    }

    private static String who(Meeting.Participant p) {
        return p.body() == null ? p.fullName() : p.fullName() + ", " + p.body();
    }

    /**
     * "08 giờ 00 phút, ngày 05 tháng 11 năm 2026": days before the 10th and the months January and February with
     * a leading zero, as the date line of the header writes them (Nghị định 30).
     */
    static String moment(LocalDateTime t) {
        int month = t.getMonthValue();
        return Messages.get("minutes.moment", two(t.getHour()), two(t.getMinute()), two(t.getDayOfMonth()),
                month < 3 ? two(month) : Integer.toString(month), Integer.toString(t.getYear()));
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }

}
