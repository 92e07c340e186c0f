package vn.socongvu.meeting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.socongvu.document.Block;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.document.DocumentRegister;
import vn.socongvu.document.DocumentText;
import vn.socongvu.document.OfficialDocument;
import vn.socongvu.document.Signature;
import vn.socongvu.i18n.Messages;
import vn.socongvu.settings.CommuneIdentity;
import vn.socongvu.settings.WorkCalendar;
import vn.socongvu.text.VnFormat;

/**
 * The week's schedule of the chairman and vice-chairmen, issued as communes do as a THÔNG BÁO (TB-UBND) "Lịch công
 * tác tuần … (từ ngày … đến ngày …)": a table day by day, morning and afternoon, with the time, what, who chairs
 * and where, made from the meetings of the week (the app keeps no other engagements of the leaders).
 */
public final class WeeklyScheduleDocument {
    private WeeklyScheduleDocument() {
    }

    /**
     * @param monday   the Monday of the week
     * @param meetings the meetings starting that week (any order)
     * @param number   the schedule's number ("15/TB-UBND"), or null for a draft
     * @param date     the date of issue
     */
    public static OfficialDocument build(LocalDate monday, List<MeetingRow> meetings, CommuneIdentity identity,
                                         WorkCalendar calendar, Signature signature, String number, LocalDate date) {
        List<MeetingRow> sorted = meetings.stream().sorted(Comparator.comparing(MeetingRow::startsAt)).toList();
        LocalDate last = last(monday, sorted);
        List<Block> body = new ArrayList<>();
        body.add(Block.Paragraph.of(Messages.get("weekly.opening")));
        List<List<String>> rows = new ArrayList<>();
        for (LocalDate d = monday; !d.isAfter(last); d = d.plusDays(1)) {
            LocalDate day = d;
            List<MeetingRow> ofDay = sorted.stream().filter(r -> r.startsAt().toLocalDate().equals(day)).toList();
            String dayCell = VnFormat.weekday(d) + "\n" + VnFormat.date(d);
            if (ofDay.isEmpty()) {
                rows.add(List.of(dayCell, "", "", Messages.get(calendar.isWorkingDay(d) ? "weekly.noMeeting"
                        : "weekly.dayOff"), "", ""));
                continue;
            }
            for (int i = 0; i < ofDay.size(); i++) {
                MeetingRow r = ofDay.get(i);
                rows.add(List.of(i == 0 ? dayCell : "", Messages.get(session(r.startsAt())), time(r.startsAt()),
                        DocumentText.sentence(r.title()), r.chair() == null ? "" : r.chair(), where(r)));
            }
        }
        body.add(new Block.Table(List.of(Block.Column.text(Messages.get("weekly.column.day"), 16),
                Block.Column.number(Messages.get("weekly.column.session"), 9),
                Block.Column.number(Messages.get("weekly.column.time"), 9),
                Block.Column.text(Messages.get("weekly.column.content"), 34),
                Block.Column.text(Messages.get("weekly.column.chair"), 16),
                Block.Column.text(Messages.get("weekly.column.place"), 16)), rows, false));
        body.add(Block.Paragraph.of(Messages.get("weekly.closing")));
        List<String> recipients = DocumentText.recipients(List.of(Messages.get("weekly.recipients").split("\n")));
        return new OfficialDocument(DocumentKind.THONG_BAO, DocumentRegister.ISSUER_CODE, number, date,
                OfficialDocument.Issuer.of(identity), title(monday, last), List.of(), body, recipients, signature, null);
    }

    /**
     * The trích yếu: "Lịch công tác tuần 50 của Chủ tịch, các Phó Chủ tịch UBND xã (từ ngày 07/12/2026 đến ngày
     * 11/12/2026)".
     */
    public static String title(LocalDate monday, LocalDate last) {
        return Messages.get("weekly.title", Integer.toString(monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)),
                VnFormat.date(monday), VnFormat.date(last));
    }

    /** Monday to Friday; to Saturday or Sunday when a meeting is held then. */
    static LocalDate last(LocalDate monday, List<MeetingRow> meetings) {
        LocalDate friday = monday.plusDays(4);
        return meetings.stream().map(r -> r.startsAt().toLocalDate()).filter(d -> d.isAfter(friday))
                .max(Comparator.naturalOrder()).orElse(friday);
    }

    /** The Monday of the week {@code d} falls in. */
    public static LocalDate monday(LocalDate d) {
        return d.minusDays(d.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
    }

    private static String session(LocalDateTime t) {
        return t.getHour() < 12 ? "weekly.morning" : t.getHour() < 18 ? "weekly.afternoon" : "weekly.evening";
    }

    private static String time(LocalDateTime t) {
        return (t.getHour() < 10 ? "0" : "") + t.getHour() + "h" + (t.getMinute() < 10 ? "0" : "") + t.getMinute();
    }

    private static String where(MeetingRow r) {
        return r.place() != null ? r.place() : Messages.get("weekly.online");
    }
}
