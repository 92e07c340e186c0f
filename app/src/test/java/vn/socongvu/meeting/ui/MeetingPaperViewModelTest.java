package vn.socongvu.meeting.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.socongvu.TestServices;
import vn.socongvu.account.Role;
import vn.socongvu.directory.Staff;
import vn.socongvu.directory.StaffCategory;
import vn.socongvu.directory.Unit;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.document.OfficialDocument;
import vn.socongvu.meeting.Attendance;
import vn.socongvu.meeting.Meeting;
import vn.socongvu.meeting.MeetingFormat;
import vn.socongvu.meeting.MeetingKind;
import vn.socongvu.meeting.MeetingPapers;
import vn.socongvu.storage.Engine;
import vn.socongvu.ui.kit.ScreenModelTest;

/** Họp's papers without the window: the invitation, the notice of conclusions and the weekly schedule dialogs. */
class MeetingPaperViewModelTest extends ScreenModelTest {
    MeetingsViewModel vm;

    @BeforeEach
    void open() {
        s = TestServices.binhThanh(tmp, TODAY);
        Unit office = officeWithClerk();
        s.directory().saveStaff(new Staff.Draft(null, "Trần Thị Mai", office.id(), "Chánh Văn phòng",
                StaffCategory.CONG_CHUC, true, null, null));
        vm = new MeetingsViewModel(s.meetings(), s.directory(), s.tasks(), s.meetingPapers(), dialogs, runner);
        vm.screenOpened();
    }

    private Meeting fill(String title, boolean invite) {
        vm.newMeeting();
        vm.kind.set(MeetingKind.BRIEFING);
        vm.format.set(MeetingFormat.IN_PERSON);
        vm.title.set(title);
        vm.place.set("Hội trường UBND xã");
        vm.startDate.set(LocalDate.of(2026, 11, 26));
        vm.startTime.set("14:00");
        vm.endTime.set("17:00");
        vm.chair.set(vm.staff.stream().filter(x -> x.fullName().equals("Lê Thị Lan")).findFirst().orElseThrow());
        if (invite) {
            vm.invite(List.of(vm.staff.stream().filter(x -> x.fullName().equals("Trần Thị Mai")).findFirst()
                    .orElseThrow()), Attendance.PRESENT);
        }
        return vm.save();
    }

    @Test
    void theInvitationKeepsWhatToPrepareAndIsNumberedAfterTheClerkConfirms() {
        Meeting m = fill("Họp giao ban tháng 11", true);
        MeetingPaperViewModel p = vm.paper(MeetingPaperViewModel.Target.INVITATION);
        assertNotNull(p);
        assertEquals(DocumentKind.GIAY_MOI, p.kind());
        assertEquals("1", p.numberText.get(), "the next GM number of the year is proposed");
        assertEquals("", p.givenProperty().get());
        p.note.set("Mang theo báo cáo tháng 11");
        OfficialDocument d = p.document().orElseThrow();
        assertNull(d.number());
        assertEquals("Mang theo báo cáo tháng 11", s.meetingPapers().invitationNote(m.id()),
                "what to prepare is kept with the meeting");
        assertEquals("giay-moi-2026-11-26-hop-giao-ban-thang-11.docx", p.fileName());

        assertFalse(p.number(), "refused at the confirmation: nothing given");
        assertTrue(dialogs.shown.get(dialogs.shown.size() - 1).contains("01/GM-UBND"), dialogs.shown.toString());
        assertTrue(s.register().entries(2026, DocumentKind.GIAY_MOI).isEmpty());

        dialogs.answer(true);
        assertTrue(p.number());
        assertEquals("Đã cấp số 01/GM-UBND ngày 20/11/2026.", p.givenProperty().get());
        assertEquals("01/GM-UBND", p.document().orElseThrow().number());
        assertTrue(p.numbered());
        assertFalse(p.number(), "a numbered paper is not numbered again");
        assertEquals(1, s.register().entries(2026, DocumentKind.GIAY_MOI).size());

        MeetingPaperViewModel again = vm.paper(MeetingPaperViewModel.Target.INVITATION);
        assertEquals("Đã cấp số 01/GM-UBND ngày 20/11/2026.", again.givenProperty().get(), "opened again: numbered");
        assertEquals("Mang theo báo cáo tháng 11", again.note.get());
    }

    @Test
    void aNumberAlreadyGivenIsWarnedAndRefusedInTheDialog() {
        fill("Họp giao ban tháng 11", true);
        s.register().register(2026, DocumentKind.GIAY_MOI, 1, "Giấy mời viết tay", LocalDate.of(2026, 11, 2));
        MeetingPaperViewModel p = vm.paper(MeetingPaperViewModel.Target.INVITATION);
        assertEquals("2", p.numberText.get());
        p.numberText.set("1");
        assertTrue(p.numberWarningProperty().get().contains("Giấy mời viết tay"), p.numberWarningProperty().get());
        dialogs.answer(true);
        assertFalse(p.number());
        assertTrue(p.errorProperty().get().contains("01/GM-UBND"), p.errorProperty().get());
        p.numberText.set("không");
        assertFalse(p.number());
        assertFalse(p.errorProperty().get().isEmpty());
    }

    @Test
    void aPaperThatCannotBeMadeYetSaysWhyInTheDialog() {
        fill("Họp chuyên đề", false);
        MeetingPaperViewModel invitation = vm.paper(MeetingPaperViewModel.Target.INVITATION);
        assertTrue(invitation.document().isEmpty());
        assertTrue(invitation.errorProperty().get().contains("thành phần mời"), invitation.errorProperty().get());
        MeetingPaperViewModel notice = vm.paper(MeetingPaperViewModel.Target.CONCLUSIONS);
        assertTrue(notice.document().isEmpty());
        assertTrue(notice.errorProperty().get().contains("kết luận"), notice.errorProperty().get());
        assertEquals(DocumentKind.THONG_BAO, notice.kind());
    }

    @Test
    void aLeaderOpensASavedMeetingsPaperWithoutSavingTheFormAndNumbersIt() {
        // accounts simulated on H2 (on PostgreSQL they are the server's logins: ServerGrantsTest)
        Assumptions.assumeTrue(s.db().engine() == Engine.H2, "accounts simulated on H2 only");
        Meeting m = fill("Họp giao ban tháng 11", true);
        char[] pw = "mat-khau-9".toCharArray();
        s.accounts().signIn("vanthu");
        s.accounts().create("hoangthuha", "Hoàng Thị Thu Hà", Role.LANH_DAO, null, pw, pw);
        s.accounts().signIn("hoangthuha");
        vm.editable(() -> s.accounts().current().editsEverything());
        vm.title.set("Tiêu đề sửa dở"); // saving it would be refused: a leader may not change the meeting
        MeetingPaperViewModel p = vm.paper(MeetingPaperViewModel.Target.INVITATION);
        assertNotNull(p, "the paper opens without saving the form first");
        dialogs.answer(true);
        assertTrue(p.number(), p.errorProperty().get());
        assertEquals(1, s.register().entries(2026, DocumentKind.GIAY_MOI).size());
        assertEquals("Họp giao ban tháng 11", s.meetings().meeting(m.id()).title(), "the form was not saved");
        vm.newMeeting();
        assertNull(vm.paper(MeetingPaperViewModel.Target.INVITATION), "a meeting not saved has no paper");
    }

    @Test
    void anUnsavableFormOpensNoPaper() {
        vm.newMeeting();
        assertNull(vm.paper(MeetingPaperViewModel.Target.INVITATION), "the form is saved first: refused here");
    }

    @Test
    void theWeeklyScheduleIsForTheWeekChosenAndKeepsItsNumber() {
        fill("Họp giao ban tháng 11", true);
        vm.month.set(YearMonth.of(2026, 11));
        MeetingPaperViewModel w = vm.week();
        assertEquals(TODAY, w.weekDay.get(), "this month shown: this week");
        w.weekDay.set(LocalDate.of(2026, 11, 25));
        assertEquals("Lịch công tác tuần từ ngày 23/11/2026 đến ngày 29/11/2026", w.headingProperty().get());
        OfficialDocument d = w.document().orElseThrow();
        assertTrue(d.title().startsWith("Lịch công tác tuần 48"), d.title());
        assertEquals("lich-cong-tac-tuan-2026-11-23.docx", w.fileName());
        dialogs.answer(true);
        assertTrue(w.number());
        MeetingPaperViewModel later = MeetingPaperViewModel.ofWeek(s.meetingPapers(), s.meetings(), dialogs,
                LocalDate.of(2026, 11, 27));
        assertTrue(later.numbered(), "the same week printed again keeps its number");
        assertEquals("01/TB-UBND", later.document().orElseThrow().number());
        vm.month.set(YearMonth.of(2027, 1));
        assertEquals(LocalDate.of(2027, 1, 1), vm.week().weekDay.get(), "another month shown: its first week");
        assertEquals(1, s.meetingPapers().weekEntry(LocalDate.of(2026, 11, 23)).stream().count());
        assertTrue(s.meetingPapers().weekEntry(LocalDate.of(2026, 11, 30)).isEmpty());
        assertEquals(MeetingPapers.weekFileName(LocalDate.of(2026, 11, 29)), w.fileName());
    }
}
