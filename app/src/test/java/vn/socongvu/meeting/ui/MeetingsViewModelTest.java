package vn.socongvu.meeting.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.socongvu.TestServices;
import vn.socongvu.meeting.Meeting;
import vn.socongvu.meeting.MeetingFilter;
import vn.socongvu.meeting.MeetingFormat;
import vn.socongvu.meeting.MeetingKind;
import vn.socongvu.meeting.MeetingRow;
import vn.socongvu.meeting.MeetingService;
import vn.socongvu.meeting.MeetingStats;
import vn.socongvu.ui.kit.ConflictViewModel;
import vn.socongvu.ui.kit.PeriodChoice;
import vn.socongvu.ui.kit.ScreenModelTest;
import vn.socongvu.ui.kit.SelectionProbe;

/** Họp without the window: filters, saving, numbering and deleting as the model does them. */
class MeetingsViewModelTest extends ScreenModelTest {
    MeetingsViewModel vm;
    SelectionProbe<MeetingRow> table;

    @BeforeEach
    void open() {
        s = TestServices.binhThanh(tmp, TODAY);
        officeWithClerk();
        vm = new MeetingsViewModel(s.meetings(), s.directory(), s.tasks(), dialogs, runner);
        table = new SelectionProbe<>(vm.list());
        vm.screenOpened();
    }

    private Meeting fill(String title) {
        vm.newMeeting();
        vm.kind.set(MeetingKind.BRIEFING);
        vm.format.set(MeetingFormat.IN_PERSON);
        vm.title.set(title);
        vm.place.set("Hội trường UBND xã");
        vm.chair.set(vm.staff.stream().filter(x -> x.fullName().equals("Lê Thị Lan")).findFirst().orElseThrow());
        return vm.save();
    }

    private List<String> titles() {
        return vm.list().rows().stream().map(MeetingRow::title).toList();
    }

    @Test
    void aRefusedSaveShowsTheMessagesAtTheFields() {
        vm.startTime.set("8 giờ");
        assertNull(vm.save());
        assertEquals("Giờ theo dạng 08:00.", vm.form().errors().property("startsAt").get());
        vm.startTime.set("8:00");
        assertNull(vm.save());
        assertEquals("Nhập tên cuộc họp.", vm.form().errors().property("title").get());
        assertEquals("Chọn người chủ trì.", vm.form().errors().property("chair").get());
        assertTrue(s.meetings().list(MeetingFilter.period(null, null)).isEmpty());
    }

    @Test
    void theStatsLinePrintsItsSharesAsPercentagesHeldTogether() {
        String line = MeetingsViewModel.statsLine(new MeetingStats(Map.of(MeetingKind.BRIEFING, 8), 8, 3, 6, 10),
                PeriodChoice.THIS_YEAR, null);
        assertTrue(line.contains("trực tuyến 37,5\u00a0%, không giấy 75\u00a0%"), line);
        assertTrue(line.contains("cùng kỳ năm trước 10 cuộc (") && line.contains("20\u00a0%): đạt mục tiêu giảm 10\u00a0%"),
                line);
        assertFalse(line.matches(".*(\\d%|\\{).*"), "no number glued to its % and nothing left unformatted: " + line);
    }

    @Test
    void aSaveReloadsTheListWithTheMeetingSelectedAndTheFilterNarrowsIt() {
        Meeting giaoBan = fill("Giao ban tuần 47");
        assertNotNull(giaoBan);
        assertEquals("Đã lưu.", vm.form().statusProperty().get());
        assertEquals(giaoBan.id(), table.last().id(), "the saved meeting is selected in the reloaded list");
        fill("Họp chuyên đề chuyển đổi số");
        assertEquals(2, titles().size());
        assertTrue(vm.statsTextProperty().get().startsWith("Năm nay"), vm.statsTextProperty().get());
        vm.text.set("chuyen doi so");
        assertEquals(List.of("Họp chuyên đề chuyển đổi số"), titles());
        vm.clearFilter();
        assertEquals(2, titles().size());
        vm.newMeeting();
        assertNull(table.last(), "a new meeting: nothing selected");
    }

    @Test
    void choosingARowOpensItsMeetingWithoutTouchingTheList() {
        Meeting first = fill("Giao ban tuần 47");
        fill("Giao ban tuần 48");
        int changes = table.selected.size();
        vm.edit(vm.list().rows().stream().filter(r -> r.id() == first.id()).findFirst().orElseThrow());
        assertEquals("Giao ban tuần 47", vm.title.get());
        assertEquals(changes, table.selected.size(), "the clerk's own choice is not selected again (nor scrolled to)");
    }

    @Test
    void numberingRefusesWhatIsNotANumberAndNumbersTheMinutes() {
        Meeting m = fill("Giao ban tuần 47");
        vm.numberText.set("abc");
        assertNull(vm.number());
        assertEquals("Số văn bản phải là số nguyên dương.", vm.form().errors().property("number").get());
        vm.numberText.set("12");
        assertNull(vm.number(), "asked first; not numbered without a yes");
        assertTrue(dialogs.last().startsWith("confirm meetings.numberTitle: Vào sổ biên bản cuộc họp \"Giao ban tuần 47\" "
                + "với số 12/BB-UBND?") && dialogs.last().endsWith("Việc này không hoàn tác được."), dialogs.last());
        assertNull(s.meetings().meeting(m.id()).number());
        dialogs.answer(true);
        Meeting numbered = vm.number();
        assertNotNull(numbered.number());
        assertEquals(m.id(), numbered.id());
        assertEquals(numbered.number(), table.last().number(), "the list shows the number");
    }

    @Test
    void anAddedAgendaItemIsEmptyAndOneLeftEmptyIsNeitherSavedNorPrinted() {
        fill("Giao ban tuần 47");
        MeetingsViewModel.AgendaEntry first = vm.addAgendaItem();
        assertEquals("", first.item.get(), "a hint is a prompt of the field, never a value");
        first.item.set("Đánh giá kết quả tuần");
        first.discussion.set("Văn phòng báo cáo.");
        vm.addAgendaItem(); // added, then left as it was
        vm.addConclusion();
        Meeting m = vm.save();
        assertEquals(List.of(new Meeting.AgendaItem("Đánh giá kết quả tuần", "Văn phòng báo cáo.")), m.agenda());
        assertTrue(m.conclusions().isEmpty());
        assertEquals(1, vm.agenda.size());
        // What was said with no name to it is refused at the agenda, not printed nameless.
        vm.addAgendaItem().discussion.set("Ý kiến của các phòng.");
        assertNull(vm.save());
        assertEquals("Nội dung thứ 2 của chương trình họp chưa có tên.", vm.form().errors().property("agenda").get());
    }

    @Test
    void deleteAsksAndDeletesOnlyOnYes() {
        Meeting m = fill("Giao ban tuần 47");
        assertFalse(vm.delete(), "refused: nothing deleted");
        assertTrue(dialogs.last().startsWith("confirm common.delete: "), dialogs.last());
        assertTrue(dialogs.last().contains("Giao ban tuần 47"), dialogs.last());
        assertEquals(1, titles().size());
        assertEquals(m, vm.form().editingProperty().get());
        dialogs.answer(true);
        assertTrue(vm.delete());
        assertTrue(titles().isEmpty());
        assertNull(vm.form().editingProperty().get(), "a new meeting in the form");
        assertEquals("Đã chuyển cuộc họp vào Thùng rác.", vm.messageProperty().get());
        assertTrue(vm.history().isEmpty(), "a new meeting has no history");
    }

    @Test
    void theHistoryOfTheMeetingInTheForm() {
        Meeting m = fill("Giao ban tuần 47");
        int created = vm.history().size();
        assertTrue(created > 0);
        vm.title.set("Giao ban tuần 48");
        vm.save();
        assertTrue(vm.history().size() > created);
        vm.newMeeting();
        assertTrue(vm.history().isEmpty());
        vm.open(m.id());
        assertEquals("Giao ban tuần 48", vm.title.get());
        assertEquals(m.id(), table.last().id(), "opened from elsewhere: selected in the list");
    }

    @Test
    void aSaveAfterAnotherClientChangedTheMeetingAsksAndKeepingTheirsReloadsTheirs() {
        Meeting m = fill("Giao ban tuần 47");
        // another PC loads the meeting and saves its own title meanwhile (with its mark: it goes through)
        Meeting.Draft d = MeetingService.draft(s.meetings().meeting(m.id()));
        long theirMark = s.meetings().mark(m.id());
        s.meetings().save(new Meeting.Draft(d.id(), d.kind(), d.format(), d.paperless(), "Giao ban tuần 47 (bổ sung)",
                d.startsAt(), d.endsAt(), d.place(), d.link(), d.chairId(), d.secretaryId(), d.participants(),
                d.agenda(), d.conclusions()), theirMark);
        vm.title.set("Giao ban tuần 47 của tôi");
        dialogs.conflict(ConflictViewModel.Choice.THEIRS);
        assertNull(vm.save(), "nothing saved: theirs kept");
        assertEquals(1, dialogs.conflictsShown.size(), "the save asked the clerk");
        assertEquals(List.of("meeting.field.title"), dialogs.conflictsShown.get(0).rows().stream()
                .map(ConflictViewModel.Row::field).toList());
        assertEquals("Giao ban tuần 47 của tôi", dialogs.conflictsShown.get(0).rows().get(0).mine());
        assertEquals("Giao ban tuần 47 (bổ sung)", vm.title.get(), "the form reloaded with their meeting");
        assertEquals("Giao ban tuần 47 (bổ sung)", s.meetings().meeting(m.id()).title());
        assertEquals("Đã mở lại bản người khác vừa lưu; thay đổi của bạn không được lưu.",
                vm.form().statusProperty().get());
        vm.place.set("Phòng họp số 2");
        assertNotNull(vm.save(), "reloaded at their mark: the next save goes through");
        assertEquals(1, dialogs.conflictsShown.size());
        assertEquals("Phòng họp số 2", s.meetings().meeting(m.id()).place());
    }
}
