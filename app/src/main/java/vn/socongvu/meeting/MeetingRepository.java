package vn.socongvu.meeting;

import static vn.socongvu.storage.jooq.Tables.DOCUMENT_NUMBER;
import static vn.socongvu.storage.jooq.Tables.MEETING;
import static vn.socongvu.storage.jooq.Tables.MEETING_AGENDA;
import static vn.socongvu.storage.jooq.Tables.MEETING_CONCLUSION;
import static vn.socongvu.storage.jooq.Tables.MEETING_PARTICIPANT;
import static vn.socongvu.storage.jooq.Tables.STAFF;
import static vn.socongvu.storage.jooq.Tables.TASK;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

import vn.socongvu.audit.ReadScope;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.document.DocumentRegister;
import vn.socongvu.storage.jooq.tables.records.MeetingRecord;
import vn.socongvu.text.VnText;

/** jOOQ queries for meetings, their participants, agenda and conclusions. */
final class MeetingRepository {

    long insert(DSLContext tx, Meeting.Draft d) {
        return tx.insertInto(MEETING).set(columns(d))
                .set(MEETING.CREATED_AT, LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS))
                .returning(MEETING.ID).fetchOne(MEETING.ID);
    }

    void delete(DSLContext tx, long id) {
        tx.deleteFrom(MEETING).where(MEETING.ID.eq(id)).execute();
    }

    /** Links the minutes to their entry in the register. */
    void setRegister(DSLContext tx, long id, long registerId) {
        tx.update(MEETING).set(MEETING.REGISTER_ID, registerId).where(MEETING.ID.eq(id)).execute();
    }

    void update(DSLContext tx, Meeting.Draft d) {
        tx.update(MEETING).set(columns(d)).where(MEETING.ID.eq(d.id())).execute();
    }

    private static Map<Field<?>, Object> columns(Meeting.Draft d) {
        Map<Field<?>, Object> m = new LinkedHashMap<>();
        m.put(MEETING.KIND, d.kind().name());
        m.put(MEETING.MEETING_FORMAT, d.format().name());
        m.put(MEETING.PAPERLESS, d.paperless());
        m.put(MEETING.TITLE, d.title());
        m.put(MEETING.STARTS_AT, d.startsAt());
        m.put(MEETING.ENDS_AT, d.endsAt());
        m.put(MEETING.PLACE, d.place());
        m.put(MEETING.LINK, d.link());
        m.put(MEETING.CHAIR_ID, d.chairId());
        m.put(MEETING.SECRETARY_ID, d.secretaryId());
        StringBuilder s = new StringBuilder(d.title()).append(' ').append(d.place() == null ? "" : d.place());
        d.agenda().forEach(a -> s.append(' ').append(a.item()));
        String folded = VnText.fold(s.toString());
        m.put(MEETING.SEARCH_TEXT, folded.length() > 8000 ? folded.substring(0, 8000) : folded);
        return m;
    }

    /** Replaces the participants, agenda and conclusions of a meeting with the draft's, in its order. */
    void replaceChildren(DSLContext tx, long meetingId, Meeting.Draft d, List<Long> conclusionTaskIds) {
        tx.deleteFrom(MEETING_PARTICIPANT).where(MEETING_PARTICIPANT.MEETING_ID.eq(meetingId)).execute();
        tx.deleteFrom(MEETING_AGENDA).where(MEETING_AGENDA.MEETING_ID.eq(meetingId)).execute();
        tx.deleteFrom(MEETING_CONCLUSION).where(MEETING_CONCLUSION.MEETING_ID.eq(meetingId)).execute();
        int i = 0;
        for (Meeting.Participant p : d.participants()) {
            tx.insertInto(MEETING_PARTICIPANT).set(MEETING_PARTICIPANT.MEETING_ID, meetingId)
                    .set(MEETING_PARTICIPANT.POSITION, i++).set(MEETING_PARTICIPANT.STAFF_ID, p.staffId())
                    .set(MEETING_PARTICIPANT.FULL_NAME, p.fullName()).set(MEETING_PARTICIPANT.BODY, p.body())
                    .set(MEETING_PARTICIPANT.ATTENDANCE, p.attendance().name())
                    .set(MEETING_PARTICIPANT.ABSENCE_REASON, p.absenceReason()).execute();
        }
        i = 0;
        for (Meeting.AgendaItem a : d.agenda()) {
            tx.insertInto(MEETING_AGENDA).set(MEETING_AGENDA.MEETING_ID, meetingId).set(MEETING_AGENDA.POSITION, i++)
                    .set(MEETING_AGENDA.ITEM, a.item()).set(MEETING_AGENDA.DISCUSSION, a.discussion()).execute();
        }
        for (int k = 0; k < d.conclusions().size(); k++) {
            tx.insertInto(MEETING_CONCLUSION).set(MEETING_CONCLUSION.MEETING_ID, meetingId)
                    .set(MEETING_CONCLUSION.POSITION, k).set(MEETING_CONCLUSION.CONCLUSION, d.conclusions().get(k).text())
                    .set(MEETING_CONCLUSION.TASK_ID, conclusionTaskIds.get(k)).execute();
        }
    }

    Optional<Meeting> meeting(DSLContext dsl, long id) {
        MeetingRecord r = dsl.selectFrom(MEETING).where(MEETING.ID.eq(id)).fetchOne();
        if (r == null) {
            return Optional.empty();
        }
        String number = r.getRegisterId() == null ? null : dsl.selectFrom(DOCUMENT_NUMBER)
                .where(DOCUMENT_NUMBER.ID.eq(r.getRegisterId()))
                .fetchOne(n -> DocumentKind.BIEN_BAN.formatNumber(n.getDocNumber(), DocumentRegister.ISSUER_CODE));
        List<Meeting.Participant> participants = dsl.selectFrom(MEETING_PARTICIPANT)
                .where(MEETING_PARTICIPANT.MEETING_ID.eq(id)).orderBy(MEETING_PARTICIPANT.POSITION)
                .fetch(p -> new Meeting.Participant(p.getStaffId(), p.getFullName(), p.getBody(),
                        Attendance.stored(p.getAttendance()), p.getAbsenceReason()));
        List<Meeting.AgendaItem> agenda = dsl.selectFrom(MEETING_AGENDA).where(MEETING_AGENDA.MEETING_ID.eq(id))
                .orderBy(MEETING_AGENDA.POSITION)
                .fetch(a -> new Meeting.AgendaItem(a.getItem(), a.getDiscussion()));
        List<Meeting.Conclusion> conclusions = dsl.selectFrom(MEETING_CONCLUSION)
                .where(MEETING_CONCLUSION.MEETING_ID.eq(id)).orderBy(MEETING_CONCLUSION.POSITION)
                .fetch(c -> new Meeting.Conclusion(c.getId(), c.getConclusion(), c.getTaskId(), null));
        return Optional.of(new Meeting(r.getId(), MeetingKind.stored(r.getKind()),
                MeetingFormat.stored(r.getMeetingFormat()), r.getPaperless(), r.getTitle(), r.getStartsAt(),
                r.getEndsAt(), r.getPlace(), r.getLink(), r.getChairId(), r.getSecretaryId(), r.getRegisterId(), number,
                participants, agenda, conclusions));
    }

    /**
     * The meetings the account may read: every one, or for a unit's account those some of its tasks come from (a
     * conclusion became one).
     */
    static Condition readable(ReadScope reads) {
        return reads.everything() ? DSL.noCondition() : MEETING.ID.in(DSL.select(MEETING_CONCLUSION.MEETING_ID)
                .from(MEETING_CONCLUSION).join(TASK).on(TASK.ID.eq(MEETING_CONCLUSION.TASK_ID)).where(reads.tasks()));
    }

    private static Condition condition(MeetingFilter f) {
        Condition c = DSL.trueCondition();
        if (f.kind() != null) {
            c = c.and(MEETING.KIND.eq(f.kind().name()));
        }
        if (f.format() != null) {
            c = c.and(MEETING.MEETING_FORMAT.eq(f.format().name()));
        }
        if (f.chairId() != null) {
            c = c.and(MEETING.CHAIR_ID.eq(f.chairId()));
        }
        if (f.from() != null) {
            c = c.and(MEETING.STARTS_AT.ge(f.from().atStartOfDay()));
        }
        if (f.to() != null) {
            c = c.and(MEETING.STARTS_AT.lt(f.to().plusDays(1).atStartOfDay()));
        }
        if (f.text() != null && !f.text().isBlank()) {
            for (String word : VnText.fold(f.text()).split(" ")) {
                c = c.and(MEETING.SEARCH_TEXT.contains(word));
            }
        }
        return c;
    }

    /** The meetings the filter selects, newest first, with the counts a row shows. */
    List<MeetingRow> rows(DSLContext dsl, MeetingFilter f, LocalDateTime now, Condition readable) {
        Field<Integer> invited = DSL.selectCount().from(MEETING_PARTICIPANT)
                .where(MEETING_PARTICIPANT.MEETING_ID.eq(MEETING.ID)).asField("invited");
        Field<Integer> present = DSL.selectCount().from(MEETING_PARTICIPANT)
                .where(MEETING_PARTICIPANT.MEETING_ID.eq(MEETING.ID))
                .and(MEETING_PARTICIPANT.ATTENDANCE.ne(Attendance.ABSENT.name())).asField("present");
        Field<Boolean> minutes = DSL.field(DSL.exists(DSL.selectOne().from(MEETING_AGENDA)
                .where(MEETING_AGENDA.MEETING_ID.eq(MEETING.ID))
                .and(DSL.trim(MEETING_AGENDA.DISCUSSION).ne("")))).as("has_minutes");
        List<MeetingRow> out = new ArrayList<>();
        for (Record r : dsl.select(MEETING.ID, MEETING.KIND, MEETING.MEETING_FORMAT, MEETING.PAPERLESS, MEETING.TITLE,
                        MEETING.STARTS_AT, MEETING.ENDS_AT, MEETING.PLACE, MEETING.CHAIR_ID, STAFF.FULL_NAME,
                        DOCUMENT_NUMBER.DOC_NUMBER, invited, present, minutes)
                .from(MEETING)
                .leftJoin(STAFF).on(STAFF.ID.eq(MEETING.CHAIR_ID))
                .leftJoin(DOCUMENT_NUMBER).on(DOCUMENT_NUMBER.ID.eq(MEETING.REGISTER_ID))
                .where(condition(f).and(readable))
                .orderBy(MEETING.STARTS_AT.desc(), MEETING.ID.desc())
                .fetch()) {
            MeetingKind kind = MeetingKind.stored(r.get(MEETING.KIND));
            LocalDateTime start = r.get(MEETING.STARTS_AT);
            LocalDateTime end = r.get(MEETING.ENDS_AT);
            boolean has = Boolean.TRUE.equals(r.get(minutes));
            Integer no = r.get(DOCUMENT_NUMBER.DOC_NUMBER);
            out.add(new MeetingRow(r.get(MEETING.ID), kind, MeetingFormat.stored(r.get(MEETING.MEETING_FORMAT)),
                    r.get(MEETING.PAPERLESS), r.get(MEETING.TITLE), start, end, r.get(MEETING.PLACE),
                    r.get(MEETING.CHAIR_ID), r.get(STAFF.FULL_NAME),
                    no == null ? null : DocumentKind.BIEN_BAN.formatNumber(no, DocumentRegister.ISSUER_CODE),
                    r.get(invited), r.get(present), has, MeetingRules.incompleteFile(end, has, now),
                    MeetingRules.duration(kind, start, end).tooLong()));
        }
        return out;
    }

    /** How many meetings ended before {@code now} with no minutes written (incomplete files). */
    int incompleteFiles(DSLContext dsl, LocalDateTime now, Condition readable) {
        return dsl.fetchCount(MEETING, readable.and(MEETING.ENDS_AT.lt(now)).andNotExists(DSL.selectOne()
                .from(MEETING_AGENDA).where(MEETING_AGENDA.MEETING_ID.eq(MEETING.ID)).and(DSL.trim(MEETING_AGENDA.DISCUSSION).ne(""))));
    }

    /** Counts per kind, online and paperless, of the meetings starting in the filter's period. */
    MeetingStats stats(DSLContext dsl, MeetingFilter f, MeetingFilter lastYear) {
        Map<MeetingKind, Integer> byKind = new EnumMap<>(MeetingKind.class);
        int total = 0;
        int online = 0;
        int paperless = 0;
        Field<Integer> count = DSL.count();
        for (var r : dsl.select(MEETING.KIND, MEETING.MEETING_FORMAT, MEETING.PAPERLESS, count).from(MEETING)
                .where(condition(f)).groupBy(MEETING.KIND, MEETING.MEETING_FORMAT, MEETING.PAPERLESS).fetch()) {
            int n = r.get(count);
            byKind.merge(MeetingKind.stored(r.get(MEETING.KIND)), n, Integer::sum);
            total += n;
            if (MeetingFormat.stored(r.get(MEETING.MEETING_FORMAT)).online()) {
                online += n;
            }
            if (r.get(MEETING.PAPERLESS)) {
                paperless += n;
            }
        }
        int before = lastYear == null ? 0 : dsl.fetchCount(MEETING, condition(lastYear));
        return new MeetingStats(byKind, total, online, paperless, before);
    }

    /** The meetings whose conclusions became or point to a task: id, title, start. */
    List<Record> meetingsOfTask(DSLContext dsl, long taskId) {
        return new ArrayList<>(dsl.selectDistinct(MEETING.ID, MEETING.TITLE, MEETING.STARTS_AT).from(MEETING_CONCLUSION)
                .join(MEETING).on(MEETING.ID.eq(MEETING_CONCLUSION.MEETING_ID))
                .where(MEETING_CONCLUSION.TASK_ID.eq(taskId)).orderBy(MEETING.STARTS_AT).fetch());
    }
}
