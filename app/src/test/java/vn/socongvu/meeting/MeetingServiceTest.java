package vn.socongvu.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.audit.AuditEntry;
import vn.socongvu.common.ValidationException;
import vn.socongvu.directory.Staff;
import vn.socongvu.directory.StaffCategory;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;
import vn.socongvu.document.DocxWriter;
import vn.socongvu.settings.CommuneSetup;
import vn.socongvu.task.Recurrence;
import vn.socongvu.task.Task;
import vn.socongvu.task.TaskFilter;
import vn.socongvu.task.TaskSource;
import vn.socongvu.task.TaskState;

class MeetingServiceTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    @TempDir
    Path tmp;
    Services s;
    MeetingService meetings;
    long vhxh;
    Staff chair;
    Staff clerk;
    Staff head;

    @BeforeEach
    void open() {
        s = TestServices.at(tmp, TODAY);
        s.settings().setUp(new CommuneSetup("Bình Thành", "Thái Nguyên", null, "Nguyễn Văn Hùng", List.of(), false));
        meetings = s.meetings();
        long vp = s.directory().saveUnit(new Unit.Draft(null, "Văn phòng HĐND và UBND xã", null, UnitKind.OFFICE, null,
                null)).id();
        vhxh = s.directory().saveUnit(new Unit.Draft(null, "Phòng Văn hóa – Xã hội", null, UnitKind.DEPARTMENT, null,
                null)).id();
        chair = s.directory().saveStaff(new Staff.Draft(null, "Nguyễn Văn Hùng", vp, "Chủ tịch UBND xã",
                StaffCategory.CAN_BO, true, null, null));
        clerk = s.directory().saveStaff(new Staff.Draft(null, "Lê Thị Lan", vp, "Chuyên viên",
                StaffCategory.CONG_CHUC, false, null, null));
        head = s.directory().saveStaff(new Staff.Draft(null, "Đỗ Minh Anh", vhxh, "Trưởng phòng",
                StaffCategory.CONG_CHUC, true, null, null));
    }

    @AfterEach
    void close() {
        s.close();
    }

    static LocalDateTime at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute);
    }

    private Meeting.Draft briefing(List<Meeting.Participant> people, List<Meeting.AgendaItem> agenda,
                                   List<Meeting.Conclusion> conclusions) {
        return new Meeting.Draft(null, MeetingKind.BRIEFING, MeetingFormat.IN_PERSON, true,
                "Họp giao ban tháng 11 năm 2026", at(11, 5, 8, 0), at(11, 5, 10, 30), "Hội trường UBND xã", null,
                chair.id(), clerk.id(), people, agenda, conclusions);
    }

    private List<Meeting.Participant> three() {
        return List.of(
                new Meeting.Participant(chair.id(), chair.fullName(), "Chủ tịch UBND xã", Attendance.PRESENT, null),
                new Meeting.Participant(head.id(), head.fullName(), "Trưởng phòng Văn hóa – Xã hội", Attendance.LATE, null),
                new Meeting.Participant(null, "Trần Văn Bình", "Phó Trưởng phòng Nội vụ tỉnh", Attendance.ABSENT,
                        "Đi công tác"));
    }

    @Test
    void endBeforeStartIsRefusedAndNothingIsSaved() {
        Meeting.Draft d = new Meeting.Draft(null, MeetingKind.BRIEFING, MeetingFormat.IN_PERSON, false, "Giao ban",
                at(11, 5, 10, 0), at(11, 5, 9, 0), "Hội trường", null, chair.id(), null, List.of(), List.of(), List.of());
        ValidationException e = assertThrows(ValidationException.class, () -> meetings.save(d));
        assertEquals("Giờ kết thúc phải sau giờ bắt đầu.", e.forField("endsAt").orElseThrow().message());
        assertTrue(meetings.list(MeetingFilter.period(null, null)).isEmpty());
    }

    @Test
    void requiredFieldsAndAttendanceRulesSpeakAtTheirFields() {
        Meeting.Draft blank = new Meeting.Draft(null, null, null, false, " ", null, null, null, null, null, null,
                List.of(new Meeting.Participant(null, "Trần Văn Bình", null, Attendance.ABSENT, " ")), List.of(),
                List.of());
        ValidationException e = assertThrows(ValidationException.class, () -> meetings.save(blank));
        for (String f : List.of("kind", "format", "title", "startsAt", "endsAt", "chair", "participants")) {
            assertTrue(e.forField(f).isPresent(), f);
        }
        assertEquals("Trần Văn Bình vắng mặt: cần ghi lý do vắng.", e.forField("participants").orElseThrow().message());
        Meeting.Draft twice = briefing(List.of(
                new Meeting.Participant(head.id(), head.fullName(), null, Attendance.PRESENT, null),
                new Meeting.Participant(head.id(), head.fullName(), null, Attendance.PRESENT, null)), List.of(), List.of());
        assertTrue(assertThrows(ValidationException.class, () -> meetings.save(twice)).forField("participants")
                .orElseThrow().message().contains("hai lần"));
        Meeting.Draft sameSecretary = new Meeting.Draft(null, MeetingKind.BRIEFING, MeetingFormat.ONLINE, false, "Giao ban",
                at(11, 5, 8, 0), at(11, 5, 9, 0), null, null, chair.id(), chair.id(), List.of(), List.of(), List.of());
        ValidationException e2 = assertThrows(ValidationException.class, () -> meetings.save(sameSecretary));
        assertTrue(e2.forField("secretary").isPresent());
        assertTrue(e2.forField("link").isPresent(), "an online meeting needs a link or a place");
        assertTrue(meetings.list(MeetingFilter.period(null, null)).isEmpty());
    }

    @Test
    void aConclusionBecomesATaskInTheSameTransactionAndTheTaskShowsItsMeeting() {
        Meeting.Conclusion assign = new Meeting.Conclusion(null, "Kiểm tra đột xuất giờ giấc làm việc tại bộ phận một cửa",
                null, new Meeting.NewTask(vhxh, head.id(), LocalDate.of(2026, 11, 30), null));
        Meeting saved = meetings.save(briefing(three(),
                List.of(new Meeting.AgendaItem("Kết quả tháng 10", "Văn phòng báo cáo.\nCác đại biểu thảo luận.")),
                List.of(assign, Meeting.Conclusion.of("Tăng cường họp trực tuyến"))));
        Long taskId = saved.conclusions().get(0).taskId();
        assertNotNull(taskId);
        assertNull(saved.conclusions().get(1).taskId());
        Task t = s.tasks().task(taskId);
        assertEquals(TaskSource.MEETING, t.source());
        assertEquals(vhxh, t.leadUnitId());
        assertEquals(LocalDate.of(2026, 11, 5), t.assignedOn(), "assigned on the meeting's day");
        assertEquals("Kiểm tra đột xuất giờ giấc làm việc tại bộ phận một cửa", t.content());
        assertEquals(List.of(saved.id()), meetings.meetingsOfTask(taskId).stream().map(MeetingService.MeetingRef::id).toList());
        var states = meetings.conclusionTasks(saved);
        assertEquals(TaskState.OPEN_ON_TIME, states.get(0).state());
        assertEquals("Phòng Văn hóa – Xã hội", states.get(0).leadUnit());
        assertNull(states.get(1).state());

        // Saving again keeps the link and creates no second task.
        Meeting again = meetings.save(new Meeting.Draft(saved.id(), saved.kind(), saved.format(), saved.paperless(),
                saved.title(), saved.startsAt(), saved.endsAt(), saved.place(), saved.link(), saved.chairId(),
                saved.secretaryId(), saved.participants(), saved.agenda(), saved.conclusions()));
        assertEquals(taskId, again.conclusions().get(0).taskId());
        assertEquals(1, s.tasks().list(new TaskFilter(null, null, null, TaskSource.MEETING, null, null,
                null, null, TODAY)).size());

        // An existing task can be linked by a later meeting.
        Meeting later = meetings.save(new Meeting.Draft(null, MeetingKind.PROFESSIONAL, MeetingFormat.ONLINE, false,
                "Họp chuyên môn về cải cách hành chính", at(11, 12, 14, 0), at(11, 12, 16, 0), null,
                "https://hop.thainguyen.gov.vn/abc", chair.id(), clerk.id(), List.of(), List.of(),
                List.of(new Meeting.Conclusion(null, "Đôn đốc hoàn thành việc kiểm tra", taskId, null))));
        assertEquals(2, meetings.meetingsOfTask(taskId).size());
        assertEquals(taskId, later.conclusions().get(0).taskId());
    }

    @Test
    void aTaskThatCannotBeCreatedRefusesTheWholeMeeting() {
        Meeting.Conclusion bad = new Meeting.Conclusion(null, "Kiểm tra", null,
                new Meeting.NewTask(null, null, LocalDate.of(2026, 11, 30), null));
        ValidationException e = assertThrows(ValidationException.class,
                () -> meetings.save(briefing(three(), List.of(), List.of(bad))));
        assertTrue(e.forField("conclusions").orElseThrow().message().startsWith("Kết luận thứ 1 chưa giao được nhiệm vụ"));
        assertTrue(meetings.list(MeetingFilter.period(null, null)).isEmpty(), "no meeting");
        assertTrue(s.tasks().list(TaskFilter.year(2026, TODAY)).isEmpty(), "no task");
        Meeting.Conclusion early = new Meeting.Conclusion(null, "Kiểm tra", null,
                new Meeting.NewTask(vhxh, null, LocalDate.of(2026, 11, 1), null));
        assertThrows(ValidationException.class, () -> meetings.checkNewTask(early, LocalDate.of(2026, 11, 5)),
                "a deadline before the meeting");
    }

    @Test
    void listFlagsIncompleteFilesAndTooLongMeetingsAndFilters() {
        meetings.save(briefing(three(), List.of(new Meeting.AgendaItem("Kết quả tháng 10", null)), List.of()));
        meetings.save(new Meeting.Draft(null, MeetingKind.DISSEMINATION, MeetingFormat.HYBRID, false,
                "Hội nghị quán triệt Nghị quyết của Đảng ủy xã", at(11, 10, 7, 30), at(11, 10, 16, 30),
                "Hội trường UBND xã", "https://hop.vn/x", chair.id(), clerk.id(), List.of(),
                List.of(new Meeting.AgendaItem("Quán triệt nghị quyết", "Đồng chí Bí thư quán triệt.")), List.of()));
        meetings.save(new Meeting.Draft(null, MeetingKind.PROFESSIONAL, MeetingFormat.IN_PERSON, false,
                "Họp chuyên môn tháng 12", at(12, 3, 8, 0), at(12, 3, 10, 0), "Phòng họp số 2", null, head.id(), null,
                List.of(), List.of(), List.of()));
        List<MeetingRow> all = meetings.list(MeetingFilter.period(null, null));
        assertEquals(List.of("Họp chuyên môn tháng 12", "Hội nghị quán triệt Nghị quyết của Đảng ủy xã",
                "Họp giao ban tháng 11 năm 2026"), all.stream().map(MeetingRow::title).toList(), "newest first");
        MeetingRow briefing = all.get(2);
        assertTrue(briefing.incompleteFile(), "held, no minutes");
        assertEquals(3, briefing.invited());
        assertEquals(2, briefing.present());
        assertFalse(all.get(1).incompleteFile());
        assertTrue(all.get(1).tooLong(), "a dissemination conference over half a day");
        assertFalse(all.get(0).incompleteFile(), "not held yet");
        assertEquals(1, meetings.incompleteFiles(), "the overview's reminder counts the same files the list flags");
        assertEquals(1, meetings.list(new MeetingFilter(null, null, null, "quan triet nghi quyet", null, null)).size(),
                "text without diacritics");
        assertEquals(1, meetings.list(new MeetingFilter(MeetingKind.PROFESSIONAL, null, null, null, null, null)).size());
        assertEquals(1, meetings.list(new MeetingFilter(null, MeetingFormat.HYBRID, null, null, null, null)).size());
        assertEquals(1, meetings.list(new MeetingFilter(null, null, head.id(), null, null, null)).size());
        assertEquals(2, meetings.list(MeetingFilter.period(LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 10))).size(),
                "both boundary days included");
    }

    @Test
    void statsCountKindsSharesAndTheSamePeriodLastYear() {
        for (int i = 0; i < 10; i++) {
            meetings.save(new Meeting.Draft(null, MeetingKind.BRIEFING, MeetingFormat.IN_PERSON, false, "Giao ban " + i,
                    LocalDateTime.of(2025, 1 + i, 6, 8, 0), LocalDateTime.of(2025, 1 + i, 6, 10, 0), "Hội trường", null,
                    chair.id(), null, List.of(), List.of(), List.of()));
        }
        for (int i = 0; i < 9; i++) {
            boolean online = i < 3;
            meetings.save(new Meeting.Draft(null, i == 8 ? MeetingKind.MAJOR : MeetingKind.BRIEFING,
                    online ? MeetingFormat.ONLINE : MeetingFormat.IN_PERSON, i < 6, "Giao ban " + i,
                    at(1 + i, 6, 8, 0), at(1 + i, 6, 10, 0), online ? null : "Hội trường", online ? "https://hop.vn" : null,
                    chair.id(), null, List.of(), List.of(), List.of()));
        }
        MeetingStats st = meetings.stats(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertEquals(9, st.total());
        assertEquals(8, st.byKind().get(MeetingKind.BRIEFING));
        assertEquals(1, st.byKind().get(MeetingKind.MAJOR));
        assertEquals(3, st.online());
        assertEquals(6, st.paperless());
        assertEquals(10, st.samePeriodLastYear());
        assertEquals(-10.0, st.change(), 1e-9);
        assertTrue(st.reductionMet(), "9 against 10 is the 10% fewer the plans ask");
        assertEquals(100.0 / 3, st.onlineShare(), 1e-9);
        MeetingStats empty = meetings.stats(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 3, 31));
        assertEquals(0, empty.total());
        assertNull(empty.onlineShare());
        assertNull(empty.change());
    }

    @Test
    void numberingDeletionAndAudit() {
        Meeting m = meetings.save(briefing(three(), List.of(), List.of()));
        assertEquals(1, meetings.proposeNumber(m.date()));
        Meeting numbered = meetings.number(m.id(), 12);
        assertEquals("12/BB-UBND", numbered.number());
        assertEquals(13, meetings.proposeNumber(m.date()));
        assertTrue(assertThrows(ValidationException.class, () -> meetings.number(m.id(), 13)).forField("number").isPresent());
        assertTrue(assertThrows(ValidationException.class, () -> meetings.delete(m.id())).forField("id").orElseThrow()
                .message().contains("12/BB-UBND"));
        List<AuditEntry> h = meetings.history(m.id());
        assertTrue(h.stream().anyMatch(e -> e.newValue() != null && e.newValue().equals("12/BB-UBND")));
        assertTrue(h.stream().anyMatch(e -> e.newValue() != null && e.newValue().contains("Trần Văn Bình (Vắng mặt: Đi công tác)")));

        Meeting other = meetings.save(briefing(List.of(), List.of(), List.of()));
        meetings.delete(other.id());
        assertThrows(ValidationException.class, () -> meetings.meeting(other.id()));
        assertTrue(meetings.history(other.id()).stream().anyMatch(e -> e.action().name().equals("DELETE")));
    }

    @Test
    void minutesFollowMau19WithCountsAbsentReasonsNumberAndSignatures() throws Exception {
        Meeting m = meetings.save(briefing(three(),
                List.of(new Meeting.AgendaItem("Kết quả thực hiện nhiệm vụ tháng 10",
                                "Văn phòng HĐND và UBND báo cáo kết quả tháng 10.\nCác đại biểu thảo luận, đề xuất."),
                        new Meeting.AgendaItem("Chương trình công tác tháng 11", "Thống nhất chương trình.")),
                List.of(new Meeting.Conclusion(null, "Kiểm tra đột xuất giờ giấc làm việc", null,
                        new Meeting.NewTask(vhxh, null, LocalDate.of(2026, 11, 30), null)))));
        meetings.number(m.id(), 12);
        assertEquals(List.of("Các thành viên dự họp", "Lưu: VT, hồ sơ"), meetings.minutes(m.id()).recipients());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxWriter.write(meetings.minutes(m.id()), out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            String all = text(doc);
            assertTrue(all.contains("Số: 12/BB-UBND"), all);
            assertTrue(all.contains("BIÊN BẢN"));
            assertTrue(all.contains("Họp giao ban tháng 11 năm 2026"));
            List<String> order = List.of("Thời gian bắt đầu: 08 giờ 00 phút, ngày 05 tháng 11 năm 2026.",
                    "Địa điểm: Hội trường UBND xã.",
                    "Thành phần tham dự: tổng số được mời 3 người; có mặt 2 người; vắng mặt 1 người (trong đó đến muộn 1 người).",
                    "Đỗ Minh Anh, Trưởng phòng Văn hóa – Xã hội (đến muộn).",
                    "Vắng mặt (1 người):",
                    "Trần Văn Bình, Phó Trưởng phòng Nội vụ tỉnh: Đi công tác.",
                    "Chủ trì: Nguyễn Văn Hùng, Chủ tịch UBND xã.",
                    "Thư ký: Lê Thị Lan, Chuyên viên, Văn phòng HĐND và UBND xã.",
                    "Nội dung cuộc họp (theo diễn biến cuộc họp):",
                    "Kết quả thực hiện nhiệm vụ tháng 10.",
                    "Các đại biểu thảo luận, đề xuất.",
                    "Chương trình công tác tháng 11.",
                    "Kết luận của người chủ trì:",
                    "Kiểm tra đột xuất giờ giấc làm việc. Giao Phòng Văn hóa – Xã hội chủ trì thực hiện; thời hạn: 30/11/2026.",
                    "Cuộc họp kết thúc vào 10 giờ 30 phút, ngày 05 tháng 11 năm 2026./.");
            int at = -1;
            for (String line : order) {
                int i = all.indexOf(line);
                assertTrue(i > at, "in order and present: " + line + "\n" + all);
                at = i;
            }
            // The signature table at the end: THƯ KÝ on the left, CHỦ TRÌ on the right, names under them.
            XWPFTable sign = doc.getTables().get(doc.getTables().size() - 1);
            String left = sign.getRow(0).getCell(0).getText();
            String right = sign.getRow(0).getCell(1).getText();
            assertTrue(left.contains("THƯ KÝ") && left.contains("Lê Thị Lan"), left);
            assertTrue(right.contains("CHỦ TRÌ") && right.contains("Nguyễn Văn Hùng"), right);
            // Mẫu 1.9: the Nơi nhận under the signatures, on the left, ending with the file.
            assertTrue(left.indexOf("Nơi nhận:") > left.indexOf("Lê Thị Lan"), left);
            assertTrue(left.endsWith("- Các thành viên dự họp;- Lưu: VT, hồ sơ."), left);
            assertFalse(right.contains("Nơi nhận"), right);
        }
    }

    @Test
    void fullAttendanceIsOneSentence() throws Exception {
        Meeting m = meetings.save(briefing(List.of(
                new Meeting.Participant(chair.id(), chair.fullName(), null, Attendance.PRESENT, null),
                new Meeting.Participant(head.id(), head.fullName(), null, Attendance.LATE, null)), List.of(), List.of()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxWriter.write(meetings.minutes(m.id()), out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            String all = text(doc);
            assertTrue(all.contains("Thành phần tham dự: tổng số được mời 2 người; có mặt đủ 2 người "
                    + "(trong đó đến muộn 1 người).\n"), all);
            assertFalse(all.contains("Vắng mặt ("), "no absent section");
        }
    }

    static String text(XWPFDocument doc) {
        StringBuilder b = new StringBuilder();
        for (XWPFParagraph p : doc.getParagraphs()) {
            b.append(p.getText()).append('\n');
        }
        for (XWPFTable t : doc.getTables()) {
            b.append(t.getRows().stream().flatMap(r -> r.getTableCells().stream()).map(c -> c.getText())
                    .collect(Collectors.joining("\n"))).append('\n');
        }
        return b.toString();
    }

    @Test
    void recurringIsNotOfferedForConclusions() {
        // A conclusion's task is a one-off with a deadline, as the minutes state it.
        Meeting.Conclusion c = new Meeting.Conclusion(null, "Báo cáo", null,
                new Meeting.NewTask(vhxh, null, LocalDate.of(2026, 12, 1), "Báo cáo kết quả kiểm tra"));
        Task.Draft d = MeetingService.taskDraft(c, LocalDate.of(2026, 11, 5));
        assertEquals(Recurrence.NONE, d.recurrence());
        assertEquals("Báo cáo kết quả kiểm tra", d.content(), "the dialog's wording wins over the conclusion's");
    }
}
