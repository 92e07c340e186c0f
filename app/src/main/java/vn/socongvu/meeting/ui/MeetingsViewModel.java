package vn.socongvu.meeting.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.socongvu.audit.AuditEntry;
import vn.socongvu.common.FieldError;
import vn.socongvu.common.ValidationException;
import vn.socongvu.directory.DirectoryService;
import vn.socongvu.directory.Staff;
import vn.socongvu.directory.Unit;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.document.DocumentRegister;
import vn.socongvu.document.OfficialDocument;
import vn.socongvu.i18n.Messages;
import vn.socongvu.meeting.Attendance;
import vn.socongvu.meeting.Meeting;
import vn.socongvu.meeting.MeetingFilter;
import vn.socongvu.meeting.MeetingFormat;
import vn.socongvu.meeting.MeetingKind;
import vn.socongvu.meeting.MeetingPapers;
import vn.socongvu.meeting.MeetingRow;
import vn.socongvu.meeting.MeetingRules;
import vn.socongvu.meeting.MeetingService;
import vn.socongvu.meeting.MeetingStats;
import vn.socongvu.plan.PlanDocument;
import vn.socongvu.settings.WorkCalendar;
import vn.socongvu.task.TaskFilter;
import vn.socongvu.task.TaskRow;
import vn.socongvu.task.TaskService;
import vn.socongvu.task.TaskState;
import vn.socongvu.text.VnFormat;
import vn.socongvu.text.VnText;
import vn.socongvu.ui.kit.DialogService;
import vn.socongvu.ui.kit.DirectoryChoices;
import vn.socongvu.ui.kit.EditGuard;
import vn.socongvu.ui.kit.FormState;
import vn.socongvu.ui.kit.ListForm;
import vn.socongvu.ui.kit.PeriodChoice;
import vn.socongvu.ui.kit.RecordList;
import vn.socongvu.ui.kit.TaskRunner;

/**
 * Họp: the meeting list (filters, period counts, month calendar) and one meeting's file in the form —
 * general facts, participants with attendance, agenda with what was said, conclusions and their tasks.
 */
public final class MeetingsViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private final MeetingService meetings;
    /** Whether no record is kept yet (made when a screen first asks). */
    private ReadOnlyBooleanProperty nothingYet;
    private final DirectoryService directory;
    private final TaskService tasks;
    private final MeetingPapers papers;
    private final DialogService dialogs;

    // ---- the list ----
    private final ListForm<MeetingRow, Meeting> screen;
    private final RecordList<MeetingRow> list;
    final ObservableList<MeetingRow> calendarRows = FXCollections.observableArrayList();
    private final DirectoryChoices choices;
    final ObservableList<Staff> staff;
    final ObservableList<Unit> units;
    final StringProperty text = new SimpleStringProperty("");
    final ObjectProperty<PeriodChoice> period = new SimpleObjectProperty<>(PeriodChoice.THIS_YEAR);
    final ObjectProperty<MeetingKind> kindFilter = new SimpleObjectProperty<>();
    final ObjectProperty<MeetingFormat> formatFilter = new SimpleObjectProperty<>();
    final ObjectProperty<Staff> chairFilter = new SimpleObjectProperty<>();
    final BooleanProperty calendarMode = new SimpleBooleanProperty(false);
    final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper statsText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    // ---- the form ----
    private BooleanSupplier editable = () -> true;
    private final FormState<Meeting> form = new FormState<>(Meeting::id, "kind", "format", "title", "startsAt",
            "endsAt", "place", "link", "chair", "secretary", "participants", "agenda", "conclusions", "number", "id");
    /** The meeting as loaded and its audit mark: a save refused because someone else changed it asks the clerk. */
    private final EditGuard<Meeting.Draft> guard;
    /** The mark taken just before the meeting {@link #readId} was read (-1: none pending). */
    private long readId = -1;
    private long readMark;
    final ObjectProperty<MeetingKind> kind = new SimpleObjectProperty<>(MeetingKind.BRIEFING);
    final ObjectProperty<MeetingFormat> format = new SimpleObjectProperty<>(MeetingFormat.IN_PERSON);
    final BooleanProperty paperless = new SimpleBooleanProperty(false);
    final StringProperty title = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> startDate = new SimpleObjectProperty<>();
    final StringProperty startTime = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> endDate = new SimpleObjectProperty<>();
    final StringProperty endTime = new SimpleStringProperty("");
    final StringProperty place = new SimpleStringProperty("");
    final StringProperty link = new SimpleStringProperty("");
    final ObjectProperty<Staff> chair = new SimpleObjectProperty<>();
    final ObjectProperty<Staff> secretary = new SimpleObjectProperty<>();
    /** Changes of attendance inside the list count as list changes, so the summary follows them. */
    final ObservableList<ParticipantItem> participants = FXCollections.observableArrayList(
            p -> new Observable[] {p.attendance, p.reason});
    final ObservableList<AgendaEntry> agenda = FXCollections.observableArrayList();
    final ObservableList<ConclusionEntry> conclusions = FXCollections.observableArrayList();
    final StringProperty numberText = new SimpleStringProperty("");
    /** Said under the number while the one typed is already given this year (the next free one named). */
    final StringProperty numberWarning = new SimpleStringProperty("");
    private final StringBinding durationText;
    private final BooleanBinding durationWarning;
    private final StringBinding attendanceText;

    /** A participant row: who, and whether they came (editable in place). */
    public static final class ParticipantItem {
        final Long staffId;
        final String fullName;
        final String body;
        final ObjectProperty<Attendance> attendance = new SimpleObjectProperty<>(Attendance.PRESENT);
        final StringProperty reason = new SimpleStringProperty("");

        ParticipantItem(Long staffId, String fullName, String body, Attendance a, String reason) {
            this.staffId = staffId;
            this.fullName = fullName;
            this.body = body;
            this.attendance.set(a);
            this.reason.set(reason == null ? "" : reason);
        }

        Meeting.Participant toParticipant() {
            return new Meeting.Participant(staffId, fullName, body, attendance.get(), reason.get());
        }
    }

    /** An agenda item and what was said on it. */
    public static final class AgendaEntry {
        final StringProperty item = new SimpleStringProperty("");
        final StringProperty discussion = new SimpleStringProperty("");

        AgendaEntry(String item, String discussion) {
            this.item.set(item == null ? "" : item);
            this.discussion.set(discussion == null ? "" : discussion);
        }
    }

    /** A conclusion, the task it is linked to (or will become on save), and where that task stands. */
    public static final class ConclusionEntry {
        final Long id;
        final StringProperty text = new SimpleStringProperty("");
        final ObjectProperty<Long> taskId = new SimpleObjectProperty<>();
        final ObjectProperty<Meeting.NewTask> newTask = new SimpleObjectProperty<>();
        final StringProperty status = new SimpleStringProperty("");
        Long leadUnitId;

        ConclusionEntry(Long id, String text, Long taskId) {
            this.id = id;
            this.text.set(text == null ? "" : text);
            this.taskId.set(taskId);
        }

        Meeting.Conclusion toConclusion() {
            return new Meeting.Conclusion(id, text.get(), taskId.get(), newTask.get());
        }
    }

    public MeetingsViewModel(MeetingService meetings, DirectoryService directory, TaskService tasks,
                             DialogService dialogs, TaskRunner runner) {
        this(meetings, directory, tasks, null, dialogs, runner);
    }

    /** @param papers the invitation, the notice of conclusions and the weekly schedule (null: not offered) */
    public MeetingsViewModel(MeetingService meetings, DirectoryService directory, TaskService tasks,
                             MeetingPapers papers, DialogService dialogs, TaskRunner runner) {
        this.papers = papers;
        this.dialogs = dialogs;
        this.guard = new EditGuard<>(dialogs, MeetingService.MERGE::merge);
        this.meetings = meetings;
        this.directory = directory;
        this.tasks = tasks;
        this.screen = new ListForm<>(runner, dialogs, "socongvu-meeting-list", MeetingRow::id, form, this::loadList,
                this::blank, this::show);
        this.choices = new DirectoryChoices(directory);
        this.staff = choices.staff();
        this.units = choices.units();
        this.list = screen.list();
        durationText = Bindings.createStringBinding(this::durationMessage, kind, startDate, startTime, endDate, endTime);
        durationWarning = Bindings.createBooleanBinding(() -> {
            Meeting.Draft d = partial();
            return d.startsAt() != null && d.endsAt() != null && (!d.endsAt().isAfter(d.startsAt())
                    || MeetingRules.duration(d.kind(), d.startsAt(), d.endsAt()).tooLong());
        }, kind, startDate, startTime, endDate, endTime);
        attendanceText = Bindings.createStringBinding(() -> {
            var a = MeetingRules.attendance(participants.stream().map(ParticipantItem::toParticipant).toList());
            return Messages.get("meetings.attendance.summary", a.invited(), a.present(), a.late(), a.absentCount());
        }, participants);
        month.set(YearMonth.from(tasks.today()));
        for (var p : List.of(period, kindFilter, formatFilter, chairFilter)) {
            p.addListener((o, a, b) -> loadList());
        }
        text.addListener((o, a, b) -> loadList());
        month.addListener((o, a, b) -> loadCalendar());
        startDate.addListener((o, a, d) -> {
            if (d != null && (endDate.get() == null || endDate.get().equals(a))) {
                endDate.set(d); // the end usually falls on the same day
            }
        });
        numberText.addListener((o, was, value) -> checkNumber());
    }

    public FormState<Meeting> form() {
        return form;
    }

    /** True while the list is empty because no cuộc họp is kept yet, not because the filter hides them. */
    public ReadOnlyBooleanProperty nothingYetProperty() {
        if (nothingYet == null) {
            nothingYet = list().nothingYet(meetings::hasAny);
        }
        return nothingYet;
    }

    /** "Xóa bộ lọc": no filter, every period. */
    public void showEverything() {
        clearFilter();
        period.set(PeriodChoice.ALL);
    }

    public RecordList<MeetingRow> list() {
        return list;
    }

    public ReadOnlyStringProperty statsTextProperty() {
        return statsText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    StringBinding durationText() {
        return durationText;
    }

    BooleanBinding durationWarning() {
        return durationWarning;
    }

    StringBinding attendanceText() {
        return attendanceText;
    }

    // ---- list ----

    /** Called by each new view of the screen ({@link Reopening}): a new meeting the first time. */
    public void screenOpened() {
        screen.screenOpened(this::load);
    }

    /** Reloads the choices (staff, units), the list, the period's counts and the calendar month. */
    public void load() {
        choices.reload();
        loadList();
    }

    /**
     * Reloads what the filter selects: the list and the period's counts in the background (ten years of meetings,
     * "Tất cả", take a few hundred ms; typing asks at every key and only the latest answer is shown), then the
     * calendar month (a month's meetings, a few ms).
     */
    void loadList() {
        LocalDate today = tasks.today();
        PeriodChoice pc = period.get() == null ? PeriodChoice.ALL : period.get();
        LocalDate from = pc.from(today);
        LocalDate to = pc.to(today);
        MeetingFilter f = filter(from, to);
        // A period still running is compared up to today with the same days a year earlier.
        LocalDate upTo = to != null && to.isAfter(today) ? today : to;
        LocalDate shownUpTo = upTo != null && !upTo.equals(to) ? upTo : null;
        list.load(() -> new Listing(meetings.list(f), meetings.stats(from, upTo)), Listing::rows,
                l -> statsText.set(statsLine(l.stats(), pc, shownUpTo)),
                e -> statsText.set(Messages.get("meetings.error.load")));
        loadCalendar();
    }

    private record Listing(List<MeetingRow> rows, MeetingStats stats) {
    }

    private MeetingFilter filter(LocalDate from, LocalDate to) {
        return new MeetingFilter(kindFilter.get(), formatFilter.get(), chairFilter.get() == null ? null
                : chairFilter.get().id(), text.get(), from, to);
    }

    void loadCalendar() {
        YearMonth m = month.get();
        calendarRows.setAll(meetings.list(filter(m.atDay(1), m.atEndOfMonth())));
    }

    public void clearFilter() {
        text.set("");
        kindFilter.set(null);
        formatFilter.set(null);
        chairFilter.set(null);
        period.set(PeriodChoice.THIS_YEAR);
    }

    static String statsLine(MeetingStats st, PeriodChoice pc, LocalDate upTo) {
        String kinds = st.byKind().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().label() + " " + e.getValue()).collect(Collectors.joining(", "));
        StringBuilder b = new StringBuilder(upTo == null ? Messages.get("meetings.stats.total", pc.label(), st.total())
                : Messages.get("meetings.stats.totalUpTo", pc.label(), VnFormat.date(upTo), st.total()));
        if (st.total() > 0) {
            b.append(" (").append(kinds).append(")");
            b.append("; ").append(Messages.get("meetings.stats.shares", VnFormat.percent(st.onlineShare()),
                    VnFormat.percent(st.paperlessShare())));
        }
        if (pc != PeriodChoice.ALL) {
            Double change = st.change();
            b.append("; ").append(change == null ? Messages.get("meetings.stats.noComparison")
                    : Messages.get(st.reductionMet() ? "meetings.stats.compareMet" : "meetings.stats.compareNotMet",
                    st.samePeriodLastYear(), (change > 0 ? "+" : "") + VnFormat.percent(change)));
        }
        return b.append('.').toString();
    }

    // ---- form ----

    /** An empty form for a new meeting today at 8:00, nothing selected in the list. */
    public void newMeeting() {
        screen.open(null);
    }

    private void blank() {
        form.begin(null);
        guard.loaded(null, null);
        kind.set(MeetingKind.BRIEFING);
        format.set(MeetingFormat.IN_PERSON);
        paperless.set(false);
        title.set("");
        LocalDate today = tasks.today();
        startDate.set(today);
        startTime.set("8:00");
        endDate.set(today);
        endTime.set("11:30");
        place.set("");
        link.set("");
        chair.set(null);
        secretary.set(null);
        participants.clear();
        agenda.clear();
        conclusions.clear();
        numberText.set("");
    }

    /** The clerk chose a row: its meeting in the form. */
    public void edit(MeetingRow row) {
        screen.choose(row, this::read);
    }

    /** Opens a meeting (from the calendar, from a task), selected in the list if listed. */
    public void open(long meetingId) {
        screen.open(read(meetingId));
    }

    /** Reads a meeting for the form, its audit mark taken first (a change made meanwhile is then a conflict). */
    private Meeting read(long meetingId) {
        long mark = meetings.mark(meetingId);
        Meeting m = meetings.meeting(meetingId);
        readId = meetingId;
        readMark = mark;
        return m;
    }

    private void show(Meeting shown) {
        // a meeting not read just now (the one just saved): read again after its mark, so the two agree
        Meeting m = shown.id() == readId ? shown : read(shown.id());
        form.begin(m);
        guard.loaded(MeetingService.draft(m), readMark);
        readId = -1;
        kind.set(m.kind());
        format.set(m.format());
        paperless.set(m.paperless());
        title.set(m.title());
        startDate.set(m.startsAt().toLocalDate());
        startTime.set(TIME.format(m.startsAt()));
        endDate.set(m.endsAt().toLocalDate());
        endTime.set(TIME.format(m.endsAt()));
        place.set(Objects.toString(m.place(), ""));
        link.set(Objects.toString(m.link(), ""));
        chair.set(choices.person(m.chairId()));
        secretary.set(choices.person(m.secretaryId()));
        participants.setAll(m.participants().stream().map(p -> new ParticipantItem(p.staffId(), p.fullName(), p.body(),
                p.attendance(), p.absenceReason())).toList());
        agenda.setAll(m.agenda().stream().map(a -> new AgendaEntry(a.item(), a.discussion())).toList());
        List<ConclusionEntry> cs = new ArrayList<>();
        WorkCalendar calendar = meetings.calendar();
        for (MeetingService.ConclusionTask ct : meetings.conclusionTasks(m)) {
            ConclusionEntry e = new ConclusionEntry(ct.conclusion().id(), ct.conclusion().text(), ct.conclusion().taskId());
            if (ct.task() != null) {
                e.leadUnitId = ct.task().leadUnitId();
                e.status.set(Messages.get("meetings.conclusion.task", Objects.toString(ct.leadUnit(), ""),
                        PlanDocument.deadline(ct.task(), calendar), ct.state().label()));
            }
            cs.add(e);
        }
        conclusions.setAll(cs);
        numberText.set(m.number() == null ? Integer.toString(meetings.proposeNumber(m.date())) : "");
    }

    private static LocalDateTime at(LocalDate d, String time) {
        if (d == null || time == null || time.isBlank()) {
            return null;
        }
        try {
            return d.atTime(LocalTime.parse(time.strip().replace('h', ':').replace('.', ':'), TIME));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean badTime(String time) {
        return time != null && !time.isBlank() && at(LocalDate.EPOCH, time) == null;
    }

    /** The form as a draft, as far as it parses. */
    private Meeting.Draft partial() {
        return new Meeting.Draft(form.editingId(), kind.get(), format.get(), paperless.get(), title.get(),
                at(startDate.get(), startTime.get()), at(endDate.get(), endTime.get()), place.get(), link.get(),
                chair.get() == null ? null : chair.get().id(), secretary.get() == null ? null : secretary.get().id(),
                participants.stream().map(ParticipantItem::toParticipant).toList(),
                agenda.stream().map(a -> new Meeting.AgendaItem(a.item.get(), a.discussion.get())).toList(),
                conclusions.stream().map(ConclusionEntry::toConclusion).toList());
    }

    private String durationMessage() {
        Meeting.Draft d = partial();
        if (d.startsAt() == null || d.endsAt() == null) {
            return "";
        }
        if (!d.endsAt().isAfter(d.startsAt())) {
            return Messages.get("meeting.error.endBeforeStart");
        }
        MeetingRules.Duration du = MeetingRules.duration(d.kind(), d.startsAt(), d.endsAt());
        if (d.kind() == null) {
            return "";
        }
        return du.tooLong()
                ? Messages.get("meeting.duration.tooLong", du.sessions(), MeetingRules.days(du.sessions()),
                MeetingRules.days(du.maxSessions()), d.kind().label())
                : Messages.get("meeting.duration.ok", du.sessions(), MeetingRules.days(du.sessions()),
                MeetingRules.days(du.maxSessions()));
    }

    /** @return the saved meeting, or null when refused (messages at the fields) */
    public Meeting save() {
        List<FieldError> timeErrors = new ArrayList<>();
        if (badTime(startTime.get())) {
            timeErrors.add(new FieldError("startsAt", "meeting.error.timeFormat"));
        }
        if (badTime(endTime.get())) {
            timeErrors.add(new FieldError("endsAt", "meeting.error.timeFormat"));
        }
        if (!timeErrors.isEmpty()) {
            form.refuse(new ValidationException(timeErrors));
            return null;
        }
        Long id = form.editingId();
        Meeting.Draft mine = partial();
        return screen.write(() -> guard.save(mine, meetings::save, () -> MeetingService.draft(meetings.meeting(id)),
                field -> mineText(mine, field), () -> {
                    screen.open(read(id));
                    form.say("conflict.keptTheirs");
                }), "common.saved");
    }

    /** The clerk's value of a field (its audit key) as the history writes it, for the conflict dialog. */
    private String mineText(Meeting.Draft mine, String field) {
        return switch (field) {
            case "meeting.field.kind" -> mine.kind() == null ? null : mine.kind().label();
            case "meeting.field.format" -> mine.format() == null ? null : mine.format().label();
            case "meeting.field.paperless" -> mine.paperless() ? "✓" : "—";
            case "meeting.field.title" -> mine.title();
            case "meeting.field.startsAt" -> VnFormat.dateTime(mine.startsAt());
            case "meeting.field.endsAt" -> VnFormat.dateTime(mine.endsAt());
            case "meeting.field.place" -> mine.place();
            case "meeting.field.link" -> mine.link();
            case "meeting.field.chair" -> chair.get() == null ? null : chair.get().fullName();
            case "meeting.field.secretary" -> secretary.get() == null ? null : secretary.get().fullName();
            case "meeting.field.participants" -> mine.participants().stream()
                    .map(p -> p.fullName() + (p.attendance() == null ? "" : " (" + p.attendance().label()
                            + (p.absenceReason() == null ? "" : ": " + p.absenceReason()) + ")"))
                    .collect(Collectors.joining("; "));
            case "meeting.field.agenda" -> mine.agenda().stream()
                    .map(a -> a.item() + (a.discussion() == null ? "" : ": " + a.discussion()))
                    .collect(Collectors.joining("\n"));
            case "meeting.field.conclusions" -> mine.conclusions().stream()
                    .map(c -> c.text() + (c.taskId() == null ? "" : " [#" + c.taskId() + "]"))
                    .collect(Collectors.joining("\n"));
            default -> null;
        };
    }

    /** Asks, then deletes the meeting in the form; @return whether it was deleted */
    public boolean delete() {
        Meeting m = form.editingProperty().get();
        return m != null && screen.delete("common.delete", Messages.get("meetings.confirmDelete", m.title()),
                id -> {
                    // changed on another PC since the form read it: their changes shown, asked again
                    if (!EditGuard.deleteAsking(dialogs, "common.delete", guard.mark(), mk -> meetings.delete(id, mk))) {
                        screen.open(read(id));
                        throw ValidationException.of("id", "conflict.notDeleted");
                    }
                }, () -> message.set(Messages.get("meetings.deleted")));
    }

    /** The warning under the number: the one typed is already given in the meeting's year. */
    private void checkNumber() {
        Meeting m = form.editingProperty().get();
        numberWarning.set(m == null ? "" : meetings.numberWarning(m.date(), numberText.get()).orElse(""));
    }

    /** Gives the saved minutes their register number. */
    public Meeting number() {
        Long id = form.editingId();
        Meeting m = form.editingProperty().get();
        return screen.number("number", numberText.get(), "meetings.numberTitle", n -> Messages.get("meetings.confirmNumber",
                m == null ? "" : m.title(), DocumentKind.BIEN_BAN.formatNumber(n, DocumentRegister.ISSUER_CODE)),
                n -> meetings.number(id, n), "meetings.numbered");
    }

    public OfficialDocument minutes() {
        return meetings.minutes(form.editingId());
    }

    public String fileName() {
        return MeetingService.fileName(form.editingProperty().get());
    }

    /** Whether the papers around the meetings (invitation, notice of conclusions, weekly schedule) are offered. */
    public boolean papersOffered() {
        return papers != null;
    }

    /**
     * Whether the person may change meetings; one who may not (a lãnh đạo, who only numbers their papers) opens a
     * saved meeting's papers without saving the form first.
     */
    public void editable(BooleanSupplier may) {
        this.editable = may;
    }

    /**
     * The dialog's model of the meeting's invitation or notice of conclusions: the form is saved first (the paper is
     * made from the saved file), unless the person may not change meetings; null when the save is refused.
     */
    public MeetingPaperViewModel paper(MeetingPaperViewModel.Target target) {
        boolean may = editable.getAsBoolean();
        if (papers == null || (may ? save() == null : form.editingId() == null)) {
            return null;
        }
        try {
            long id = form.editingId();
            MeetingPaperViewModel paper = MeetingPaperViewModel.ofMeeting(papers, meetings, dialogs, id, target);
            paper.onWritten(() -> guard.advance(meetings.mark(id)));
            return paper;
        } catch (ValidationException e) {
            form.refuse(e);
            return null;
        }
    }

    /** The weekly schedule's dialog model: the week of today when the calendar shows this month, else its first week. */
    public MeetingPaperViewModel week() {
        LocalDate today = tasks.today();
        YearMonth shown = month.get();
        LocalDate day = shown == null || YearMonth.from(today).equals(shown) ? today : shown.atDay(1);
        return MeetingPaperViewModel.ofWeek(papers, meetings, dialogs, day);
    }

    public List<AuditEntry> history() {
        return screen.history(meetings::history);
    }

    // ---- participants ----

    /** Adds staff members not yet invited. */
    public void invite(List<Staff> people, Attendance a) {
        Set<Long> already = participants.stream().map(p -> p.staffId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        for (Staff s : people) {
            if (s != null && !already.contains(s.id())) {
                participants.add(new ParticipantItem(s.id(), s.fullName(), MeetingService.describe(s),
                        a == null ? Attendance.PRESENT : a, null));
                already.add(s.id());
            }
        }
    }

    /** The heads of every active unit (a briefing's usual participants). */
    public void inviteLeaders() {
        invite(staff.stream().filter(Staff::leader).toList(), Attendance.PRESENT);
    }

    public void inviteGuest(String name, String body) {
        String n = VnText.clean(name);
        if (n != null) {
            participants.add(new ParticipantItem(null, n, VnText.clean(body), Attendance.PRESENT, null));
        }
    }

    /** A new agenda item at the end, empty: the field shows what to type, and an item left empty is not kept. */
    public AgendaEntry addAgendaItem() {
        AgendaEntry e = new AgendaEntry("", "");
        agenda.add(e);
        return e;
    }

    // ---- conclusions ----

    /** A new conclusion at the end, empty (an empty one is not kept). */
    public ConclusionEntry addConclusion() {
        ConclusionEntry e = new ConclusionEntry(null, "", null);
        conclusions.add(e);
        return e;
    }

    /** Asks the save to make conclusion {@code c} a task led by {@code t}'s unit, due by its deadline. */
    public void assign(ConclusionEntry c, Meeting.NewTask t) {
        c.newTask.set(t);
        c.taskId.set(null);
        c.status.set(Messages.get("meetings.conclusion.pending", unitName(t.leadUnitId()), VnFormat.date(t.deadline())));
    }

    public void link(ConclusionEntry c, TaskRow row) {
        c.newTask.set(null);
        c.taskId.set(row.taskId());
        c.leadUnitId = row.leadUnitId();
        c.status.set(Messages.get("meetings.conclusion.task", row.leadUnit(),
                row.dueOn() == null ? row.recurrence().label() : VnFormat.date(row.dueOn()), row.state().label()));
    }

    public void unlink(ConclusionEntry c) {
        c.newTask.set(null);
        c.taskId.set(null);
        c.status.set("");
    }

    /** Checks a task to be before the dialog asking for it closes. */
    public void checkNewTask(String text, Meeting.NewTask t) {
        LocalDate day = startDate.get() == null ? tasks.today() : startDate.get();
        meetings.checkNewTask(new Meeting.Conclusion(null, text, null, t), day);
    }

    /** Open tasks to link a conclusion to, matching {@code query}. */
    public List<TaskRow> linkable(String query) {
        LocalDate today = tasks.today();
        TaskFilter f = new TaskFilter(null, null, null, null, query,
                Set.of(TaskState.OPEN_ON_TIME, TaskState.OPEN_OVERDUE, TaskState.PAUSED), null, null, today);
        return tasks.list(f).stream().limit(300).toList();
    }

    String unitName(Long id) {
        return id == null ? "" : directory.unit(id).map(Unit::name).orElse("");
    }

    LocalDate meetingDay() {
        return startDate.get() == null ? tasks.today() : startDate.get();
    }

    LocalDateTime now() {
        return meetings.now();
    }
}
