package vn.socongvu.meeting;

import static vn.socongvu.storage.jooq.Tables.MEETING;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jooq.Condition;

import vn.socongvu.audit.AuditAction;
import vn.socongvu.audit.AuditEntry;
import vn.socongvu.audit.AuditLog;
import vn.socongvu.audit.ReadScope;
import vn.socongvu.audit.RecordMerge;
import vn.socongvu.common.ValidationException;
import vn.socongvu.common.Validator;
import vn.socongvu.directory.DirectoryService;
import vn.socongvu.directory.Staff;
import vn.socongvu.directory.Unit;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.document.DocumentRegister;
import vn.socongvu.document.OfficialDocument;
import vn.socongvu.settings.SettingsService;
import vn.socongvu.settings.WorkCalendar;
import vn.socongvu.storage.Database;
import vn.socongvu.task.Recurrence;
import vn.socongvu.task.Task;
import vn.socongvu.task.TaskService;
import vn.socongvu.task.TaskSource;
import vn.socongvu.task.TaskState;
import vn.socongvu.text.VnFormat;
import vn.socongvu.text.VnText;
import vn.socongvu.trash.Trash;

/**
 * The meeting register: each meeting's file saved whole in one transaction (with the tasks its conclusions
 * become), the minutes numbered in the register and written as a BIÊN BẢN, and the period's counts.
 */
public final class MeetingService {
    public static final String ENTITY = "meeting";
    /** The meeting form's fields as the audit names them, for merging an edit conflict field by field. */
    public static final RecordMerge<Meeting.Draft> MERGE = RecordMerge.of(Meeting.Draft.class)
            .field("meeting.field.kind", "kind")
            .field("meeting.field.format", "format")
            .field("meeting.field.paperless", "paperless")
            .field("meeting.field.title", "title")
            .field("meeting.field.startsAt", "startsAt")
            .field("meeting.field.endsAt", "endsAt")
            .field("meeting.field.place", "place")
            .field("meeting.field.link", "link")
            .field("meeting.field.chair", "chairId")
            .field("meeting.field.secretary", "secretaryId")
            .field("meeting.field.participants", "participants")
            .field("meeting.field.agenda", "agenda")
            .field("meeting.field.conclusions", "conclusions");
    /** A meeting is held within a week: a longer span is a typing mistake (a wrong month or year). */
    static final int MAX_SPAN_DAYS = 7;

    private final Database db;
    private final AuditLog audit;
    private final DirectoryService directory;
    private final SettingsService settings;
    private final DocumentRegister register;
    private final TaskService tasks;
    private final MeetingRepository repo = new MeetingRepository();
    private final Trash trash;

    public MeetingService(Database db, AuditLog audit, DirectoryService directory, SettingsService settings,
                          DocumentRegister register, TaskService tasks, Trash trash) {
        this.trash = trash;
        this.db = db;
        this.audit = audit;
        this.directory = directory;
        this.settings = settings;
        this.register = register;
        this.tasks = tasks;
    }

    /** Whether any meeting is kept at all (whatever a filter lets through). */
    public boolean hasAny() {
        return db.dsl().fetchExists(MEETING);
    }

    /** The moment files are judged at: now, or noon of the day the app was told is today (tests). */
    public LocalDateTime now() {
        LocalDate today = tasks.today();
        return today.equals(LocalDate.now()) ? LocalDateTime.now() : today.atTime(LocalTime.NOON);
    }

    /** The meetings {@code reads} lets the account read, as a condition on {@code MEETING} (the header's search too). */
    public static Condition readable(ReadScope reads) {
        return MeetingRepository.readable(reads);
    }

    /** The meetings the filter selects among those the account may read. */
    public List<MeetingRow> list(MeetingFilter f) {
        return repo.rows(db.dsl(), f, now(), MeetingRepository.readable(audit.reads()));
    }

    /** A meeting; one the account may not read (a unit's: none of its tasks come from it) is refused. */
    public Meeting meeting(long id) {
        Meeting m = repo.meeting(db.dsl(), id).orElseThrow(() -> ValidationException.of("id", "validation.notFound"));
        requireReadable(id);
        return m;
    }

    private void requireReadable(long id) {
        if (!audit.reads().everything()
                && !db.dsl().fetchExists(MEETING, MEETING.ID.eq(id).and(MeetingRepository.readable(audit.reads())))) {
            throw audit.reads().denied();
        }
    }

    /**
     * Counts for the meetings starting between {@code from} and {@code to} (both null: all), with the same
     * days a year earlier for comparison.
     */
    public MeetingStats stats(LocalDate from, LocalDate to) {
        MeetingFilter last = from == null || to == null ? null
                : MeetingFilter.period(from.minusYears(1), to.minusYears(1));
        return repo.stats(db.dsl(), MeetingFilter.period(from, to), last);
    }

    /** How many meetings have been held without minutes: files to complete (Tổng quan reminds of them). */
    public int incompleteFiles() {
        return repo.incompleteFiles(db.dsl(), now(), MeetingRepository.readable(audit.reads()));
    }

    /** The days off the deadlines are held to (a conclusion's task shown with the day it is due). */
    public WorkCalendar calendar() {
        return settings.calendar();
    }

    /** The meeting's newest audit id, taken by a form before it reads the meeting (see {@code AuditLog.check}). */
    public long mark(long meetingId) {
        return audit.mark(db.dsl(), ENTITY, meetingId);
    }

    /** A meeting as the draft that would save it unchanged. */
    public static Meeting.Draft draft(Meeting m) {
        return new Meeting.Draft(m.id(), m.kind(), m.format(), m.paperless(), m.title(), m.startsAt(), m.endsAt(),
                m.place(), m.link(), m.chairId(), m.secretaryId(), m.participants(), m.agenda(), m.conclusions());
    }

    /** Creates or updates a meeting's file. @throws ValidationException naming the fields at fault */
    public Meeting save(Meeting.Draft input) {
        return save(input, null);
    }

    /**
     * Saves a meeting the form loaded at {@code mark} (null: unchecked). @throws
     * vn.socongvu.audit.EditConflictException when someone changed the meeting since
     */
    public Meeting save(Meeting.Draft input, Long mark) {
        Meeting.Draft d = clean(input);
        validate(d);
        return db.tx(tx -> {
            Meeting before = null;
            long id;
            if (d.id() == null) {
                id = repo.insert(tx, d);
            } else {
                audit.check(tx, MEETING.ID, d.id(), ENTITY, d.id(), mark);
                before = repo.meeting(tx, d.id()).orElseThrow(() -> ValidationException.of("id", "validation.notFound"));
                id = d.id();
                repo.update(tx, d);
            }
            List<Long> taskIds = new ArrayList<>();
            for (int k = 0; k < d.conclusions().size(); k++) {
                taskIds.add(conclusionTask(d, k));
            }
            repo.replaceChildren(tx, id, d, taskIds);
            Meeting after = repo.meeting(tx, id).orElseThrow();
            audit.recordChanges(tx, ENTITY, id, before == null ? AuditAction.CREATE : AuditAction.UPDATE,
                    before == null ? Map.of() : auditFields(before), auditFields(after));
            return after;
        });
    }

    /** The task of conclusion {@code k}: the one it points to, or the one it asks to create (source: meeting). */
    private Long conclusionTask(Meeting.Draft d, int k) {
        Meeting.Conclusion c = d.conclusions().get(k);
        if (c.newTask() == null) {
            return c.taskId();
        }
        try {
            return tasks.save(taskDraft(c, d.startsAt().toLocalDate())).id();
        } catch (ValidationException e) {
            throw ValidationException.of("conclusions", "meeting.error.conclusionTask", k + 1,
                    e.errors().get(0).message());
        }
    }

    /** The task a conclusion becomes: its text, the lead unit and deadline chosen, assigned on the meeting's day. */
    public static Task.Draft taskDraft(Meeting.Conclusion c, LocalDate meetingDay) {
        Meeting.NewTask n = c.newTask();
        String content = n.content() == null || n.content().isBlank() ? c.text() : n.content();
        return new Task.Draft(null, TaskSource.MEETING, null, null, null, false, content, n.leadUnitId(),
                n.leadStaffId(), List.of(), null, null, null, null, meetingDay, n.deadline(), Recurrence.NONE, null);
    }

    /** Checks the task a conclusion is to become, before the meeting is saved (the dialog asking for it). */
    public void checkNewTask(Meeting.Conclusion c, LocalDate meetingDay) {
        tasks.check(taskDraft(c, meetingDay));
    }

    private static Meeting.Draft clean(Meeting.Draft d) {
        List<Meeting.Participant> people = d.participants().stream().map(p -> new Meeting.Participant(p.staffId(),
                VnText.clean(p.fullName()), VnText.clean(p.body()),
                p.attendance() == null ? Attendance.PRESENT : p.attendance(),
                p.attendance() == Attendance.ABSENT ? VnText.clean(p.absenceReason()) : null)).toList();
        List<Meeting.AgendaItem> agenda = d.agenda().stream()
                .map(a -> new Meeting.AgendaItem(VnText.clean(a.item()), VnText.multiline(a.discussion())))
                .filter(a -> a.item() != null || a.discussion() != null) // an item added and left empty: none
                .toList();
        List<Meeting.Conclusion> conclusions = d.conclusions().stream()
                .map(c -> new Meeting.Conclusion(c.id(), VnText.clean(c.text()), c.newTask() == null ? c.taskId() : null,
                        c.newTask()))
                .filter(c -> c.text() != null || c.taskId() != null || c.newTask() != null)
                .toList();
        return new Meeting.Draft(d.id(), d.kind(), d.format(), d.paperless(), VnText.clean(d.title()), d.startsAt(),
                d.endsAt(), VnText.clean(d.place()), VnText.clean(d.link()), d.chairId(), d.secretaryId(), people, agenda,
                conclusions);
    }

    private void validate(Meeting.Draft d) {
        Validator v = new Validator()
                .required("kind", d.kind(), "meeting.error.kindRequired")
                .required("format", d.format(), "meeting.error.formatRequired")
                .required("title", d.title(), "meeting.error.titleRequired")
                .maxLength("title", d.title(), 1000)
                .required("startsAt", d.startsAt(), "meeting.error.startRequired")
                .required("endsAt", d.endsAt(), "meeting.error.endRequired")
                .maxLength("place", d.place(), 500)
                .maxLength("link", d.link(), 1000)
                .required("chair", d.chairId(), "meeting.error.chairRequired");
        if (d.startsAt() != null && d.endsAt() != null) {
            v.check(d.endsAt().isAfter(d.startsAt()), "endsAt", "meeting.error.endBeforeStart");
            v.check(!d.endsAt().isAfter(d.startsAt().plusDays(MAX_SPAN_DAYS)), "endsAt", "meeting.error.spanTooLong",
                    MAX_SPAN_DAYS);
        }
        if (d.format() == MeetingFormat.IN_PERSON || d.format() == MeetingFormat.HYBRID) {
            v.required("place", d.place(), "meeting.error.placeRequired");
        }
        if (d.format() == MeetingFormat.ONLINE && d.place() == null) {
            v.required("link", d.link(), "meeting.error.linkRequired");
        }
        if (d.chairId() != null) {
            v.check(directory.staff(d.chairId()).isPresent(), "chair", "meeting.error.chairRequired");
        }
        if (d.secretaryId() != null) {
            v.check(directory.staff(d.secretaryId()).isPresent(), "secretary", "validation.notFound");
            v.check(!Objects.equals(d.chairId(), d.secretaryId()), "secretary", "meeting.error.chairIsSecretary");
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < d.participants().size(); i++) {
            Meeting.Participant p = d.participants().get(i);
            if (p.fullName() == null) {
                v.add("participants", "meeting.error.participantName", i + 1);
            } else if (p.fullName().length() > 120 || (p.body() != null && p.body().length() > 300)) {
                v.add("participants", "meeting.error.participantTooLong", p.fullName());
            } else if (p.attendance() == Attendance.ABSENT && p.absenceReason() == null) {
                v.add("participants", "meeting.error.absentReason", p.fullName());
            } else if (p.absenceReason() != null && p.absenceReason().length() > 500) {
                v.add("participants", "validation.tooLong", 500);
            } else if (p.staffId() != null && !seen.add(p.staffId())) {
                v.add("participants", "meeting.error.duplicateParticipant", p.fullName());
            } else if (p.staffId() != null && directory.staff(p.staffId()).isEmpty()) {
                v.add("participants", "validation.notFound");
            }
        }
        for (int i = 0; i < d.agenda().size(); i++) {
            Meeting.AgendaItem a = d.agenda().get(i);
            if (a.item() == null) {
                v.add("agenda", "meeting.error.agendaItem", i + 1);
            } else if (a.item().length() > 1000 || (a.discussion() != null && a.discussion().length() > 20000)) {
                v.add("agenda", "meeting.error.agendaTooLong", i + 1);
            }
        }
        for (int i = 0; i < d.conclusions().size(); i++) {
            Meeting.Conclusion c = d.conclusions().get(i);
            if (c.text() == null) {
                v.add("conclusions", "meeting.error.conclusionText", i + 1);
            } else if (c.text().length() > 4000) {
                v.add("conclusions", "validation.tooLong", 4000);
            } else if (c.taskId() != null && tasks.currentState(c.taskId()) == null) {
                v.add("conclusions", "meeting.error.conclusionTaskGone", i + 1);
            }
        }
        v.throwIfAny();
    }

    /** Deletes a meeting entered by mistake; refused once its minutes have a number. Its tasks stay. */
    public void delete(long id) {
        delete(id, null);
    }

    /**
     * Deletes a meeting the form loaded at {@code mark} (null: unchecked), its row locked first.
     * @throws vn.socongvu.audit.EditConflictException when someone changed it since: the clerk is asked
     */
    public void delete(long id, Long mark) {
        db.txRun(tx -> {
            audit.check(tx, MEETING.ID, id, ENTITY, id, mark);
            Meeting m = repo.meeting(tx, id).orElseThrow(() -> ValidationException.of("id", "validation.notFound"));
            if (m.number() != null) {
                throw ValidationException.of("id", "meeting.error.deleteNumbered", m.number());
            }
            if (MeetingPapers.anyPaperNumbered(tx, id)) {
                throw ValidationException.of("id", "meeting.error.deletePapersNumbered");
            }
            trash.keep(tx, Trash.Kind.MEETING, id, m.title(), Map.of("meeting", List.of(id)));
            repo.delete(tx, id);
            audit.recordChanges(tx, ENTITY, id, AuditAction.DELETE, auditFields(m), Map.of());
        });
    }

    /** A warning when {@code typed} is already given to another document of the year (see DocumentRegister). */
    public Optional<String> numberWarning(LocalDate date, String typed) {
        return date == null ? Optional.empty() : register.numberWarning(date.getYear(), DocumentKind.BIEN_BAN, typed);
    }

    public int proposeNumber(LocalDate date) {
        return register.proposeNext(date.getYear(), DocumentKind.BIEN_BAN);
    }

    /** Gives the minutes their number in the register (BB, the meeting's year). */
    public Meeting number(long id, int number) {
        return db.tx(tx -> {
            audit.check(tx, MEETING.ID, id, ENTITY, id, null); // two clients numbering it at once: one number
            Meeting m = repo.meeting(tx, id).orElseThrow(() -> ValidationException.of("id", "validation.notFound"));
            if (m.number() != null) {
                throw ValidationException.of("number", "meeting.error.alreadyNumbered", m.number());
            }
            DocumentRegister.Entry e = register.register(m.date().getYear(), DocumentKind.BIEN_BAN, number,
                    m.title(), m.date());
            repo.setRegister(tx, id, e.id());
            Meeting after = repo.meeting(tx, id).orElseThrow();
            audit.recordChanges(tx, ENTITY, id, AuditAction.UPDATE, auditFields(m), auditFields(after));
            return after;
        });
    }

    /** A conclusion with where its task stands today (null state: no task). */
    public record ConclusionTask(Meeting.Conclusion conclusion, Task task, TaskState state, String leadUnit) {
    }

    public List<ConclusionTask> conclusionTasks(Meeting m) {
        List<ConclusionTask> out = new ArrayList<>();
        for (Meeting.Conclusion c : m.conclusions()) {
            Task t = null;
            TaskState st = null;
            String lead = null;
            if (c.taskId() != null && tasks.mayRead(c.taskId())) { // a unit's account: only its own tasks
                st = tasks.currentState(c.taskId());
                if (st != null) {
                    t = tasks.task(c.taskId());
                    lead = t.leadUnitId() == null ? null
                            : directory.unit(t.leadUnitId()).map(Unit::name).orElse(null);
                }
            }
            out.add(new ConclusionTask(c, t, st, lead));
        }
        return out;
    }

    /** A meeting a task came from or is followed in. */
    public record MeetingRef(long id, String title, LocalDateTime startsAt) {
    }

    public List<MeetingRef> meetingsOfTask(long taskId) {
        return repo.meetingsOfTask(db.dsl(), taskId).stream()
                .map(r -> new MeetingRef(r.get(MEETING.ID), r.get(MEETING.TITLE), r.get(MEETING.STARTS_AT))).toList();
    }

    /** The minutes as a BIÊN BẢN (Mẫu 1.9), for the preview, printing and Word. */
    public OfficialDocument minutes(long id) {
        Meeting m = meeting(id);
        var identity = settings.identity().orElseThrow(() -> ValidationException.of("id", "settings.error.notSetUp"));
        return MinutesDocument.build(m, identity, sid -> directory.staff(sid).orElse(null), conclusionTasks(m),
                uid -> directory.unit(uid).map(Unit::name).orElse(""), settings.calendar());
    }

    /** "bien-ban-2026-11-05-hop-giao-ban.docx": sorts by date, says what it is. */
    public static String fileName(Meeting m) {
        return "bien-ban-" + m.date() + "-" + VnText.slug(m.title(), 50) + ".docx";
    }

    public List<AuditEntry> history(long id) {
        requireReadable(id);
        return audit.history(db.dsl(), ENTITY, id);
    }

    /** The staff member's name and title as a participant's line shows them. */
    public static String describe(Staff s) {
        if (s.jobTitle() == null || s.jobTitle().isBlank()) {
            return s.unitName();
        }
        return VnText.fold(s.jobTitle()).endsWith(" xa") ? s.jobTitle() : s.jobTitle() + ", " + s.unitName();
    }

    private Map<String, String> auditFields(Meeting m) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("meeting.field.kind", m.kind().label());
        f.put("meeting.field.format", m.format().label());
        f.put("meeting.field.paperless", m.paperless() ? "✓" : "—");
        f.put("meeting.field.title", m.title());
        f.put("meeting.field.startsAt", VnFormat.dateTime(m.startsAt()));
        f.put("meeting.field.endsAt", VnFormat.dateTime(m.endsAt()));
        f.put("meeting.field.place", m.place());
        f.put("meeting.field.link", m.link());
        f.put("meeting.field.chair", staffName(m.chairId()));
        f.put("meeting.field.secretary", staffName(m.secretaryId()));
        f.put("meeting.field.participants", m.participants().stream()
                .map(p -> p.fullName() + " (" + p.attendance().label()
                        + (p.absenceReason() == null ? "" : ": " + p.absenceReason()) + ")")
                .collect(Collectors.joining("; ")));
        f.put("meeting.field.agenda", m.agenda().stream()
                .map(a -> a.item() + (a.discussion() == null ? "" : ": " + a.discussion()))
                .collect(Collectors.joining("\n")));
        f.put("meeting.field.conclusions", m.conclusions().stream()
                .map(c -> c.text() + (c.taskId() == null ? "" : " [#" + c.taskId() + "]"))
                .collect(Collectors.joining("\n")));
        f.put("meeting.field.number", m.number());
        return f;
    }

    private String staffName(Long id) {
        return id == null ? null : directory.staff(id).map(Staff::fullName).orElse("#" + id);
    }
}
