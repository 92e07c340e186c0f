package vn.socongvu.meeting.ui;

import java.time.LocalDate;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import vn.socongvu.common.UserException;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.document.DocumentRegister;
import vn.socongvu.document.OfficialDocument;
import vn.socongvu.i18n.Messages;
import vn.socongvu.meeting.Meeting;
import vn.socongvu.meeting.MeetingPapers;
import vn.socongvu.meeting.MeetingService;
import vn.socongvu.meeting.WeeklyScheduleDocument;
import vn.socongvu.text.VnFormat;
import vn.socongvu.ui.kit.DialogService;

/**
 * The dialog of one paper the office issues around the meetings — a meeting's GIẤY MỜI (with what the invitees
 * bring or prepare, kept with the meeting) or THÔNG BÁO kết luận, or the week's schedule (the week chosen by any of
 * its days): its preview, and its number given once after the clerk confirms ("Cấp số"), as the other papers are.
 */
public final class MeetingPaperViewModel {
    /** Which paper the dialog is about. */
    public enum Target { INVITATION, CONCLUSIONS, WEEK }

    private final MeetingPapers papers;
    private final MeetingService meetings;
    private final DialogService dialogs;
    private final Target target;
    private Meeting meeting;
    final StringProperty note = new SimpleStringProperty("");
    final StringProperty numberText = new SimpleStringProperty("");
    /** Any day of the week whose schedule is made (WEEK only). */
    final ObjectProperty<LocalDate> weekDay = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper numberWarning = new ReadOnlyStringWrapper("");
    /** "Đã cấp số 05/GM-UBND ngày 03/12/2026", or "" while not numbered. */
    private final ReadOnlyStringWrapper given = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    /** What went wrong (a number refused, a paper that cannot be made yet), in the dialog's own line. */
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    /** Told after the dialog wrote the meeting (its invitation's note, a number): the clerk's own write. */
    private Runnable written = () -> { };

    private MeetingPaperViewModel(MeetingPapers papers, MeetingService meetings, DialogService dialogs,
                                  Target target) {
        this.papers = papers;
        this.meetings = meetings;
        this.dialogs = dialogs;
        this.target = target;
        numberText.addListener((o, a, b) -> checkNumber());
    }

    /** The paper of a meeting (INVITATION or CONCLUSIONS). */
    /**
     * {@code r} is told after each write of the meeting by this dialog (the form that opened it then takes the
     * meeting's newest mark: the write is the clerk's own, not someone else's change).
     */
    public void onWritten(Runnable r) {
        this.written = r;
    }

    public static MeetingPaperViewModel ofMeeting(MeetingPapers papers, MeetingService meetings, DialogService dialogs,
                                                  long meetingId, Target target) {
        if (target == Target.WEEK) {
            throw new IllegalArgumentException("a meeting has an invitation and a notice of conclusions");
        }
        MeetingPaperViewModel vm = new MeetingPaperViewModel(papers, meetings, dialogs, target);
        vm.meeting = meetings.meeting(meetingId);
        if (target == Target.INVITATION) {
            String n = papers.invitationNote(meetingId);
            vm.note.set(n == null ? "" : n);
        }
        vm.refresh();
        return vm;
    }

    /** The schedule of the week {@code day} falls in. */
    public static MeetingPaperViewModel ofWeek(MeetingPapers papers, MeetingService meetings, DialogService dialogs,
                                               LocalDate day) {
        MeetingPaperViewModel vm = new MeetingPaperViewModel(papers, meetings, dialogs, Target.WEEK);
        vm.weekDay.set(day);
        vm.refresh();
        vm.weekDay.addListener((o, a, b) -> {
            if (b != null) {
                vm.refresh();
            }
        });
        return vm;
    }

    public Target target() {
        return target;
    }

    /** The type of the paper's number ("GM", "TB"). */
    public DocumentKind kind() {
        return target == Target.INVITATION ? DocumentKind.GIAY_MOI : DocumentKind.THONG_BAO;
    }

    /** Reads the paper's number (given or to propose) and the heading again. */
    private void refresh() {
        error.set("");
        Optional<DocumentRegister.Entry> e = entry();
        given.set(e.map(x -> Messages.get("papers.ui.given", x.symbol(), x.date() == null ? ""
                : VnFormat.date(x.date()))).orElse(""));
        numberText.set(e.isPresent() ? "" : Integer.toString(proposed()));
        heading.set(switch (target) {
            case INVITATION -> Messages.get("papers.ui.invitationHeading", meeting.title());
            case CONCLUSIONS -> Messages.get("papers.ui.conclusionsHeading", meeting.title());
            case WEEK -> {
                LocalDate monday = WeeklyScheduleDocument.monday(weekDay.get());
                yield Messages.get("papers.ui.weekHeading", VnFormat.date(monday),
                        VnFormat.date(monday.plusDays(6)));
            }
        });
        checkNumber();
    }

    private Optional<DocumentRegister.Entry> entry() {
        return switch (target) {
            case INVITATION -> papers.entry(meeting.id(), MeetingPapers.Paper.INVITATION);
            case CONCLUSIONS -> papers.entry(meeting.id(), MeetingPapers.Paper.CONCLUSIONS);
            case WEEK -> papers.weekEntry(weekDay.get());
        };
    }

    private int proposed() {
        return switch (target) {
            case INVITATION -> papers.proposeNumber(meeting.id(), MeetingPapers.Paper.INVITATION);
            case CONCLUSIONS -> papers.proposeNumber(meeting.id(), MeetingPapers.Paper.CONCLUSIONS);
            case WEEK -> papers.proposeWeekNumber(weekDay.get());
        };
    }

    private void checkNumber() {
        if (!given.get().isEmpty()) {
            numberWarning.set("");
            return;
        }
        numberWarning.set((switch (target) {
            case INVITATION -> papers.numberWarning(meeting.id(), MeetingPapers.Paper.INVITATION, numberText.get());
            case CONCLUSIONS -> papers.numberWarning(meeting.id(), MeetingPapers.Paper.CONCLUSIONS, numberText.get());
            case WEEK -> weekDay.get() == null ? Optional.<String>empty()
                    : papers.weekNumberWarning(weekDay.get(), numberText.get());
        }).orElse(""));
    }

    /** Whether the paper has its number. */
    public boolean numbered() {
        return !given.get().isEmpty();
    }

    /**
     * The paper to preview (an invitation's note kept with the meeting first); empty, with the reason said in the
     * dialog, when it cannot be made yet (no invitee, no conclusion).
     */
    public Optional<OfficialDocument> document() {
        error.set("");
        try {
            return Optional.of(switch (target) {
                case INVITATION -> {
                    papers.saveInvitationNote(meeting.id(), note.get());
                    written.run();
                    yield papers.invitation(meeting.id());
                }
                case CONCLUSIONS -> papers.conclusionNotice(meeting.id());
                case WEEK -> papers.weeklySchedule(weekDay.get());
            });
        } catch (UserException e) {
            error.set(e.userMessage());
            return Optional.empty();
        }
    }

    /**
     * Gives the paper the number typed, after the clerk confirms (a number given is never taken back).
     * @return whether it was numbered
     */
    public boolean number() {
        error.set("");
        if (numbered()) {
            return false;
        }
        int n;
        try {
            n = Integer.parseInt(numberText.get().strip());
        } catch (NumberFormatException e) {
            n = 0;
        }
        if (n <= 0) {
            error.set(Messages.get("document.error.numberPositive"));
            return false;
        }
        Optional<OfficialDocument> draft = document();
        if (draft.isEmpty()) {
            return false;
        }
        String symbol = kind().formatNumber(n, DocumentRegister.ISSUER_CODE);
        if (!dialogs.confirm("papers.ui.numberTitle", Messages.get("papers.ui.confirmNumber", symbol,
                draft.get().title()))) {
            return false;
        }
        try {
            switch (target) {
                case INVITATION -> papers.number(meeting.id(), MeetingPapers.Paper.INVITATION, n);
                case CONCLUSIONS -> papers.number(meeting.id(), MeetingPapers.Paper.CONCLUSIONS, n);
                case WEEK -> papers.numberWeek(weekDay.get(), n);
            }
        } catch (UserException e) {
            error.set(e.userMessage());
            return false;
        }
        if (target != Target.WEEK) {
            written.run();
            meeting = meetings.meeting(meeting.id());
        }
        refresh();
        return true;
    }

    /** The Word file's name to propose. */
    public String fileName() {
        return switch (target) {
            case INVITATION -> MeetingPapers.fileName(meeting, MeetingPapers.Paper.INVITATION);
            case CONCLUSIONS -> MeetingPapers.fileName(meeting, MeetingPapers.Paper.CONCLUSIONS);
            case WEEK -> MeetingPapers.weekFileName(weekDay.get());
        };
    }

    public ReadOnlyStringProperty numberWarningProperty() {
        return numberWarning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty givenProperty() {
        return given.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
