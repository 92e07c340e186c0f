package vn.socongvu.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import vn.socongvu.text.VnFormat;

/**
 * The THÔNG BÁO of the conclusions of the chairman (or a vice-chairman) at a meeting: on which day who chaired what,
 * who attended, what was heard, then each conclusion with the unit that leads it and by when (the working day the
 * task list shows), issued by the office for the chairman; sent to the units with tasks.
 */
public final class ConclusionNoticeDocument {
    /** Up to this many attendees are named; more are told by the bodies they came from. */
    static final int NAMED_ATTENDEES = 6;

    private ConclusionNoticeDocument() {
    }

    /**
     * @param number the notice's number ("12/TB-UBND"), or null for a draft
     * @param date   the date of issue
     */
    public static OfficialDocument build(Meeting m, CommuneIdentity identity, Function<Long, Staff> staff,
                                         List<MeetingService.ConclusionTask> conclusions,
                                         Function<Long, String> unitName, WorkCalendar calendar, Signature signature,
                                         String number, LocalDate date) {
        Staff chair = m.chairId() == null ? null : staff.apply(m.chairId());
        String post = post(chair);
        List<Block> body = new ArrayList<>();
        String opening = Messages.get("conclusionNotice.opening", VnFormat.date(m.date()),
                chair == null ? "" : chair.fullName(), post, DocumentText.lowerFirst(m.title()));
        List<Meeting.Participant> came = m.participants().stream().filter(p -> p.attendance().attended())
                .filter(p -> chair == null || p.staffId() == null || p.staffId() != chair.id()).toList();
        if (!came.isEmpty() && came.size() <= NAMED_ATTENDEES) {
            opening += " " + Messages.get("conclusionNotice.attended", came.stream()
                    .map(p -> p.body() == null ? p.fullName() : p.fullName() + ", " + p.body())
                    .collect(Collectors.joining("; ")));
        } else if (!came.isEmpty()) {
            // Many attended: the bodies they came from, as offices write it, rather than every name.
            Set<String> bodies = new LinkedHashSet<>();
            for (Meeting.Participant p : came) {
                Staff st = p.staffId() == null ? null : staff.apply(p.staffId());
                String b = st != null ? st.unitName() : p.body() != null ? p.body() : p.fullName();
                bodies.add(b);
            }
            opening += " " + Messages.get("conclusionNotice.attendedMany", Integer.toString(came.size()),
                    String.join(", ", bodies));
        }
        body.add(Block.Paragraph.of(DocumentText.sentence(opening)));
        body.add(Block.Paragraph.of(m.agenda().isEmpty() ? Messages.get("conclusionNotice.heardNoAgenda", post)
                : Messages.get("conclusionNotice.heard", m.agenda().stream()
                .map(a -> DocumentText.lowerFirst(stripStop(a.item()))).collect(Collectors.joining("; ")), post)));
        Set<String> units = new LinkedHashSet<>();
        int k = 1;
        for (MeetingService.ConclusionTask c : conclusions) {
            String text = DocumentText.sentence(c.conclusion().text());
            if (c.task() != null && c.task().leadUnitId() != null) {
                String unit = unitName.apply(c.task().leadUnitId());
                units.add(unit);
                text += " " + Messages.get("conclusionNotice.assigned", unit, PlanDocument.deadline(c.task(), calendar));
            }
            body.add(Block.Paragraph.labelled(k++ + ".", text));
        }
        body.add(Block.Paragraph.of(Messages.get("conclusionNotice.closing")));
        List<String> recipients = new ArrayList<>(List.of(Messages.get("conclusionNotice.recipientsFirst")));
        units.stream().filter(u -> !u.isBlank()).forEach(recipients::add);
        recipients.add(Messages.get("papers.recipients.archive"));
        return new OfficialDocument(DocumentKind.THONG_BAO, DocumentRegister.ISSUER_CODE, number, date,
                OfficialDocument.Issuer.of(identity), title(m.title(), chair), List.of(), body,
                DocumentText.recipients(recipients), signature, null);
    }

    /**
     * The trích yếu: "Kết luận của Chủ tịch UBND xã tại họp giao ban tháng 12 năm 2026" (the chair's post as the
     * directory has it).
     */
    public static String title(String meetingTitle, Staff chair) {
        return Messages.get("conclusionNotice.title", post(chair), DocumentText.lowerFirst(meetingTitle));
    }

    /** The chair's post: "Chủ tịch UBND xã", "Phó Chủ tịch UBND xã", as the minutes describe the chair. */
    static String post(Staff chair) {
        if (chair == null) {
            return Messages.get("conclusionNotice.chairUnknown");
        }
        return MeetingService.describe(chair);
    }

    private static String stripStop(String s) {
        String t = s.strip();
        while (!t.isEmpty() && ".;".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }
}
