package vn.socongvu.meeting;

import static vn.socongvu.storage.jooq.Tables.MEETING;
import static vn.socongvu.storage.jooq.Tables.WEEKLY_SCHEDULE;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.exception.IntegrityConstraintViolationException;

import vn.socongvu.audit.AuditAction;
import vn.socongvu.audit.AuditLog;
import vn.socongvu.common.ValidationException;
import vn.socongvu.directory.DirectoryService;
import vn.socongvu.directory.Unit;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.document.DocumentRegister;
import vn.socongvu.document.OfficialDocument;
import vn.socongvu.document.Signature;
import vn.socongvu.settings.CommuneIdentity;
import vn.socongvu.settings.SettingsService;
import vn.socongvu.storage.Database;
import vn.socongvu.text.VnText;

/**
 * The papers the office issues for the chairman around the meetings, each numbered in the register: a meeting's
 * GIẤY MỜI (GM) with what the invitees bring or prepare, the THÔNG BÁO of its conclusions (TB), and the week's
 * schedule (TB, one number per week). Each number is given once, in one transaction with its history row; a paper
 * printed again after its number keeps the number and its date.
 */
public final class MeetingPapers {
    /** The weekly schedule's history is kept under this entity. */
    public static final String WEEKLY_ENTITY = "weekly_schedule";
    static final int NOTE_MAX = 1000;

    private final Database db;
    private final AuditLog audit;
    private final DirectoryService directory;
    private final SettingsService settings;
    private final DocumentRegister register;
    private final MeetingService meetings;

    /** The two papers of a meeting: which register column holds each number. */
    public enum Paper {
        INVITATION(DocumentKind.GIAY_MOI, "meeting.field.invitationNumber"),
        CONCLUSIONS(DocumentKind.THONG_BAO, "meeting.field.conclusionNoticeNumber");

        private final DocumentKind kind;
        private final String fieldKey;

        Paper(DocumentKind kind, String fieldKey) {
            this.kind = kind;
            this.fieldKey = fieldKey;
        }

        public DocumentKind kind() {
            return kind;
        }

        Field<Long> column() {
            return this == INVITATION ? MEETING.INVITATION_REGISTER_ID : MEETING.CONCLUSION_REGISTER_ID;
        }
    }

    public MeetingPapers(Database db, AuditLog audit, DirectoryService directory, SettingsService settings,
                         DocumentRegister register, MeetingService meetings) {
        this.db = db;
        this.audit = audit;
        this.directory = directory;
        this.settings = settings;
        this.register = register;
        this.meetings = meetings;
    }

    // ---- a meeting's invitation and notice of conclusions ----

    /** What the invitees are asked to bring or prepare (null when nothing is said). */
    public String invitationNote(long meetingId) {
        return value(db.dsl().select(MEETING.INVITATION_NOTE).from(MEETING).where(MEETING.ID.eq(meetingId)).fetchOne());
    }

    /** Keeps what the invitees are asked to bring or prepare with the meeting (its history row with it). */
    public void saveInvitationNote(long meetingId, String note) {
        String n = VnText.multiline(note);
        if (n != null && n.length() > NOTE_MAX) {
            throw ValidationException.of("note", "validation.tooLong", NOTE_MAX);
        }
        db.txRun(tx -> {
            String before = value(tx.select(MEETING.INVITATION_NOTE).from(MEETING).where(MEETING.ID.eq(meetingId))
                    .forUpdate().fetchOne());
            if (Objects.equals(before, n)) {
                return;
            }
            tx.update(MEETING).set(MEETING.INVITATION_NOTE, n).where(MEETING.ID.eq(meetingId)).execute();
            audit.recordChanges(tx, MeetingService.ENTITY, meetingId, AuditAction.UPDATE,
                    field("meeting.field.invitationNote", before), field("meeting.field.invitationNote", n));
        });
    }

    /** The paper's register entry, once numbered. */
    public Optional<DocumentRegister.Entry> entry(long meetingId, Paper paper) {
        Long id = db.dsl().select(paper.column()).from(MEETING).where(MEETING.ID.eq(meetingId)).fetchOne(paper.column());
        return id == null ? Optional.empty() : register.entry(id);
    }

    /**
     * The date the paper is issued on: its register date once numbered; else today, but an invitation not after the
     * meeting's day and a notice of conclusions not before it.
     */
    public LocalDate issueDate(Meeting m, Paper paper) {
        Optional<DocumentRegister.Entry> e = entry(m.id(), paper);
        if (e.isPresent() && e.get().date() != null) {
            return e.get().date();
        }
        LocalDate today = meetings.now().toLocalDate();
        if (paper == Paper.INVITATION) {
            return today.isAfter(m.date()) ? m.date() : today;
        }
        return today.isBefore(m.date()) ? m.date() : today;
    }

    /** The number to propose for the paper: the next of its type in its year. */
    public int proposeNumber(long meetingId, Paper paper) {
        Meeting m = meetings.meeting(meetingId);
        return register.proposeNext(issueDate(m, paper).getYear(), paper.kind());
    }

    /** A warning when {@code typed} is already given to another document of the paper's type and year. */
    public Optional<String> numberWarning(long meetingId, Paper paper, String typed) {
        Meeting m = meetings.meeting(meetingId);
        return register.numberWarning(issueDate(m, paper).getYear(), paper.kind(), typed);
    }

    /** The GIẤY MỜI as it prints: numbered once given a number. @throws ValidationException with no invitee */
    public OfficialDocument invitation(long meetingId) {
        Meeting m = meetings.meeting(meetingId);
        if (m.participants().stream().allMatch(p -> p.staffId() != null && p.staffId().equals(m.chairId()))) {
            throw ValidationException.of("participants", "invitation.error.noInvitees");
        }
        String number = entry(meetingId, Paper.INVITATION).map(DocumentRegister.Entry::symbol).orElse(null);
        return InvitationDocument.build(m, invitationNote(meetingId), identity(), sid -> directory.staff(sid).orElse(null),
                signature(), number, issueDate(m, Paper.INVITATION));
    }

    /** The THÔNG BÁO kết luận as it prints. @throws ValidationException with no conclusion */
    public OfficialDocument conclusionNotice(long meetingId) {
        Meeting m = meetings.meeting(meetingId);
        if (m.conclusions().isEmpty()) {
            throw ValidationException.of("conclusions", "conclusionNotice.error.noConclusions");
        }
        String number = entry(meetingId, Paper.CONCLUSIONS).map(DocumentRegister.Entry::symbol).orElse(null);
        return ConclusionNoticeDocument.build(m, identity(), sid -> directory.staff(sid).orElse(null),
                meetings.conclusionTasks(m), uid -> directory.unit(uid).map(Unit::name).orElse(""), settings.calendar(),
                signature(), number, issueDate(m, Paper.CONCLUSIONS));
    }

    /**
     * Gives the paper its number in the register (its type, the year of its date of issue), with the meeting's history
     * row. @throws ValidationException when already numbered, when the number is given, or the paper cannot be made
     */
    public OfficialDocument number(long meetingId, Paper paper, int number) {
        OfficialDocument draft = paper == Paper.INVITATION ? invitation(meetingId) : conclusionNotice(meetingId);
        db.txRun(tx -> {
            Long already = value(tx.select(paper.column()).from(MEETING).where(MEETING.ID.eq(meetingId)).forUpdate()
                    .fetchOne());
            if (already != null) {
                throw ValidationException.of("number", "papers.error.alreadyNumbered",
                        register.entry(already).map(DocumentRegister.Entry::symbol).orElse(""));
            }
            DocumentRegister.Entry e = register.register(draft.date().getYear(), paper.kind(), number, draft.title(),
                    draft.date());
            tx.update(MEETING).set(paper.column(), e.id()).where(MEETING.ID.eq(meetingId)).execute();
            audit.recordChanges(tx, MeetingService.ENTITY, meetingId, AuditAction.UPDATE, Map.of(),
                    field(paper.fieldKey, e.symbol()));
        });
        return paper == Paper.INVITATION ? invitation(meetingId) : conclusionNotice(meetingId);
    }

    /** Whether either paper of the meeting is numbered (a meeting whose papers left the office is not deleted). */
    static boolean anyPaperNumbered(DSLContext tx, long meetingId) {
        return tx.fetchExists(tx.selectFrom(MEETING).where(MEETING.ID.eq(meetingId))
                .and(MEETING.INVITATION_REGISTER_ID.isNotNull().or(MEETING.CONCLUSION_REGISTER_ID.isNotNull())));
    }

    // ---- the weekly schedule ----

    /** The week's schedule's register entry, once numbered. */
    public Optional<DocumentRegister.Entry> weekEntry(LocalDate anyDay) {
        LocalDate monday = WeeklyScheduleDocument.monday(anyDay);
        Long id = db.dsl().select(WEEKLY_SCHEDULE.REGISTER_ID).from(WEEKLY_SCHEDULE)
                .where(WEEKLY_SCHEDULE.WEEK_START.eq(monday)).fetchOne(WEEKLY_SCHEDULE.REGISTER_ID);
        return id == null ? Optional.empty() : register.entry(id);
    }

    /** The schedule's date of issue: its register date once numbered; else today, or the Monday once the week is over. */
    public LocalDate weekIssueDate(LocalDate anyDay) {
        LocalDate monday = WeeklyScheduleDocument.monday(anyDay);
        Optional<DocumentRegister.Entry> e = weekEntry(monday);
        if (e.isPresent() && e.get().date() != null) {
            return e.get().date();
        }
        LocalDate today = meetings.now().toLocalDate();
        return today.isAfter(monday.plusDays(6)) ? monday : today;
    }

    public int proposeWeekNumber(LocalDate anyDay) {
        return register.proposeNext(weekIssueDate(anyDay).getYear(), DocumentKind.THONG_BAO);
    }

    public Optional<String> weekNumberWarning(LocalDate anyDay, String typed) {
        return register.numberWarning(weekIssueDate(anyDay).getYear(), DocumentKind.THONG_BAO, typed);
    }

    /** The THÔNG BÁO Lịch công tác tuần of the week {@code anyDay} falls in, from its meetings. */
    public OfficialDocument weeklySchedule(LocalDate anyDay) {
        LocalDate monday = WeeklyScheduleDocument.monday(anyDay);
        List<MeetingRow> rows = meetings.list(MeetingFilter.period(monday, monday.plusDays(6)));
        String number = weekEntry(monday).map(DocumentRegister.Entry::symbol).orElse(null);
        return WeeklyScheduleDocument.build(monday, rows, identity(), settings.calendar(), signature(), number,
                weekIssueDate(monday));
    }

    /**
     * Gives the week's schedule its number (TB, the year of its date of issue), kept for the week: printed again, it
     * is the same document. @throws ValidationException when the week is numbered or the number given
     */
    public OfficialDocument numberWeek(LocalDate anyDay, int number) {
        LocalDate monday = WeeklyScheduleDocument.monday(anyDay);
        OfficialDocument draft = weeklySchedule(monday);
        try {
            numberWeek(monday, draft, number);
        } catch (IntegrityConstraintViolationException e) {
            // another client numbered the week between the check and the insert: its number stands
            throw ValidationException.of("number", "papers.error.alreadyNumbered",
                    weekEntry(monday).map(DocumentRegister.Entry::symbol).orElse(""));
        }
        return weeklySchedule(monday);
    }

    private void numberWeek(LocalDate monday, OfficialDocument draft, int number) {
        db.txRun(tx -> {
            Long already = tx.select(WEEKLY_SCHEDULE.REGISTER_ID).from(WEEKLY_SCHEDULE)
                    .where(WEEKLY_SCHEDULE.WEEK_START.eq(monday)).fetchOne(WEEKLY_SCHEDULE.REGISTER_ID);
            if (already != null) {
                throw ValidationException.of("number", "papers.error.alreadyNumbered",
                        register.entry(already).map(DocumentRegister.Entry::symbol).orElse(""));
            }
            DocumentRegister.Entry e = register.register(draft.date().getYear(), DocumentKind.THONG_BAO, number,
                    draft.title(), draft.date());
            long id = tx.insertInto(WEEKLY_SCHEDULE).set(WEEKLY_SCHEDULE.WEEK_START, monday)
                    .set(WEEKLY_SCHEDULE.REGISTER_ID, e.id()).returning(WEEKLY_SCHEDULE.ID).fetchOne(WEEKLY_SCHEDULE.ID);
            audit.recordChanges(tx, WEEKLY_ENTITY, id, AuditAction.CREATE, Map.of(),
                    field("weekly.field.number", e.symbol()));
        });
    }

    // ---- shared ----

    /** "giay-moi-2026-12-10-hop-giao-ban.docx", "thong-bao-ket-luan-…", "lich-cong-tac-tuan-2026-12-07.docx". */
    public static String fileName(Meeting m, Paper paper) {
        return (paper == Paper.INVITATION ? "giay-moi-" : "thong-bao-ket-luan-") + m.date() + "-"
                + VnText.slug(m.title(), 50) + ".docx";
    }

    public static String weekFileName(LocalDate anyDay) {
        return "lich-cong-tac-tuan-" + WeeklyScheduleDocument.monday(anyDay) + ".docx";
    }

    private Signature signature() {
        return OfficePapers.officeSignature(OfficePapers.officeHead(directory.staff()));
    }

    private CommuneIdentity identity() {
        return settings.identity().orElseThrow(() -> ValidationException.of("id", "settings.error.notSetUp"));
    }

    /** The one column read of the meeting's row (null when empty). @throws ValidationException when no such row */
    private static <T> T value(Record1<T> row) {
        if (row == null) {
            throw ValidationException.of("id", "validation.notFound");
        }
        return row.value1();
    }

    private static Map<String, String> field(String key, String value) {
        Map<String, String> m = new HashMap<>();
        m.put(key, value);
        return m;
    }
}
