package vn.socongvu.meeting;

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

/**
 * A meeting's GIẤY MỜI (Nghị định 30/2020, Phụ lục III: GM): whom the committee invites (each invitee by name, post
 * and unit), to what (the meeting and its agenda), who chairs, when (giờ, thứ, ngày), where (or the online link),
 * what to bring or prepare; signed for the chairman by the head of the office.
 */
public final class InvitationDocument {
    /** Up to this many invitees are named one a line; more are listed in a table. */
    static final int LISTED_INVITEES = 8;

    private InvitationDocument() {
    }

    /**
     * @param note   what the invitees are asked to bring or prepare (null: nothing said)
     * @param number the invitation's number ("05/GM-UBND"), or null for a draft
     * @param date   the date of issue
     */
    public static OfficialDocument build(Meeting m, String note, CommuneIdentity identity, Function<Long, Staff> staff,
                                         Signature signature, String number, LocalDate date) {
        List<Block> body = new ArrayList<>();
        // The chair is not invited to what he chairs: the "Chủ trì" line names him.
        List<Meeting.Participant> people = m.participants().stream()
                .filter(p -> m.chairId() == null || p.staffId() == null || !p.staffId().equals(m.chairId())).toList();
        if (people.size() > LISTED_INVITEES) {
            // Many invitees: the list as a table, as offices attach it ("các đồng chí có tên sau").
            body.add(Block.Paragraph.of(Messages.get("invitation.openingMany", identity.communeName())));
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < people.size(); i++) {
                Meeting.Participant p = people.get(i);
                rows.add(List.of(Integer.toString(i + 1), p.fullName(), p.body() == null ? "" : p.body()));
            }
            body.add(new Block.Table(List.of(Block.Column.number(Messages.get("invitation.column.no"), 8),
                    Block.Column.text(Messages.get("invitation.column.name"), 32),
                    Block.Column.text(Messages.get("invitation.column.post"), 60)), rows, false));
        } else {
            body.add(Block.Paragraph.of(Messages.get("invitation.opening", identity.communeName())));
            for (int i = 0; i < people.size(); i++) {
                Meeting.Participant p = people.get(i);
                String who = p.body() == null ? p.fullName() : Messages.get("invitation.who", p.fullName(), p.body());
                body.add(Block.Paragraph.bullet(Messages.get("invitation.comrade", who)
                        + (i == people.size() - 1 ? "." : ";")));
            }
        }
        body.add(OfficePapers.labelled("invitation.attend", DocumentText.sentence(m.title())));
        if (!m.agenda().isEmpty()) {
            body.add(new Block.Paragraph(null, List.of(Block.Span.bold(Messages.get("invitation.agenda")))));
            for (int i = 0; i < m.agenda().size(); i++) {
                String item = DocumentText.sentence(m.agenda().get(i).item());
                item = item.substring(0, item.length() - 1) + (i == m.agenda().size() - 1 ? "." : ";");
                body.add(Block.Paragraph.bullet(item));
            }
        }
        Staff chair = m.chairId() == null ? null : staff.apply(m.chairId());
        if (chair != null) {
            body.add(OfficePapers.labelled("invitation.chair", DocumentText.sentence(
                    Messages.get("invitation.comrade", chair.fullName() + ", " + MeetingService.describe(chair)))));
        }
        String when = OfficePapers.moment(m.startsAt());
        if (!m.endsAt().toLocalDate().equals(m.startsAt().toLocalDate())) {
            when = Messages.get("invitation.fromTo", when, OfficePapers.moment(m.endsAt()));
        }
        body.add(OfficePapers.labelled("invitation.time", when + "."));
        String where;
        if (m.place() != null && m.link() != null) {
            where = Messages.get("invitation.placeAndLink", m.place(), m.link());
        } else if (m.place() != null) {
            where = m.place();
        } else {
            where = Messages.get("invitation.online", m.link());
        }
        body.add(OfficePapers.labelled("invitation.place", DocumentText.sentence(where)));
        if (note != null && !note.isBlank()) {
            body.add(OfficePapers.labelled("invitation.prepare", DocumentText.sentence(note.strip())));
        }
        body.add(Block.Paragraph.of(Messages.get("invitation.closing")));
        List<String> recipients = DocumentText.recipients(List.of(Messages.get("invitation.recipients").split("\n")));
        return new OfficialDocument(DocumentKind.GIAY_MOI, DocumentRegister.ISSUER_CODE, number, date,
                OfficialDocument.Issuer.of(identity), title(m.title()), List.of(), body, recipients, signature, null);
    }

    /** The trích yếu: "Dự họp giao ban tháng 12 năm 2026". */
    public static String title(String meetingTitle) {
        return Messages.get("invitation.title", DocumentText.lowerFirst(meetingTitle));
    }
}
