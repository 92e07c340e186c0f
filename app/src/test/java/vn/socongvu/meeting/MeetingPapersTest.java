package vn.socongvu.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.socongvu.storage.jooq.Tables.AUDIT_LOG;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.common.ValidationException;
import vn.socongvu.directory.Staff;
import vn.socongvu.directory.StaffCategory;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;
import vn.socongvu.document.Block;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.document.DocumentRegister;
import vn.socongvu.document.OfficialDocument;
import vn.socongvu.settings.CommuneSetup;

/**
 * The papers the office issues around the meetings, made from a meeting's records: the GIẤY MỜI, the THÔNG BÁO of
 * the conclusions, the weekly schedule; each numbered once in the register with its history row.
 */
class MeetingPapersTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    @TempDir
    Path tmp;
    Services s;
    MeetingPapers papers;
    long vhxh;
    long kinhTe;
    Staff chair;
    Staff officeHead;
    Staff head;

    @BeforeEach
    void open() {
        s = TestServices.at(tmp, TODAY);
        s.settings().setUp(new CommuneSetup("Bình Thành", "Thái Nguyên", null, "Nguyễn Văn Hùng", List.of(), false));
        papers = s.meetingPapers();
        long leaders = s.directory().unitNamed("Lãnh đạo HĐND và UBND xã").map(Unit::id).orElseThrow(); // made at set-up
        long vp = s.directory().saveUnit(new Unit.Draft(null, "Văn phòng HĐND và UBND xã", null, UnitKind.OFFICE, null,
                null)).id();
        vhxh = s.directory().saveUnit(new Unit.Draft(null, "Phòng Văn hóa – Xã hội", null, UnitKind.DEPARTMENT, null,
                null)).id();
        kinhTe = s.directory().saveUnit(new Unit.Draft(null, "Phòng Kinh tế", null, UnitKind.DEPARTMENT, null,
                null)).id();
        chair = s.directory().saveStaff(new Staff.Draft(null, "Nguyễn Văn Hùng", leaders, "Chủ tịch UBND xã",
                StaffCategory.CAN_BO, true, null, null));
        officeHead = s.directory().saveStaff(new Staff.Draft(null, "Trần Thị Mai", vp, "Chánh Văn phòng",
                StaffCategory.CONG_CHUC, true, null, null));
        head = s.directory().saveStaff(new Staff.Draft(null, "Đỗ Minh Anh", vhxh, "Trưởng phòng",
                StaffCategory.CONG_CHUC, true, null, null));
    }

    @AfterEach
    void close() {
        s.close();
    }

    /** A briefing on Thursday 10/12/2026 at 14:00: two invitees (one a guest), two agenda items, two conclusions. */
    private Meeting briefing() {
        List<Meeting.Participant> people = List.of(
                new Meeting.Participant(chair.id(), chair.fullName(), MeetingService.describe(chair),
                        Attendance.PRESENT, null), // the chair: neither invited nor "attending" on paper
                new Meeting.Participant(head.id(), head.fullName(), MeetingService.describe(head), Attendance.PRESENT,
                        null),
                new Meeting.Participant(null, "Hoàng Văn Nam", "Trưởng xóm Đồng", Attendance.PRESENT, null));
        List<Meeting.AgendaItem> agenda = List.of(
                new Meeting.AgendaItem("Kết quả thực hiện nhiệm vụ tháng 11", "Văn phòng báo cáo."),
                new Meeting.AgendaItem("Kế hoạch tháng 12", null));
        List<Meeting.Conclusion> conclusions = List.of(
                new Meeting.Conclusion(null, "Hoàn thành rà soát hộ nghèo", null,
                        new Meeting.NewTask(vhxh, head.id(), LocalDate.of(2026, 12, 20), null)), // a Sunday
                new Meeting.Conclusion(null, "Tổ chức ra quân làm đường giao thông nông thôn", null,
                        new Meeting.NewTask(kinhTe, null, LocalDate.of(2026, 12, 31), null)));
        return s.meetings().save(new Meeting.Draft(null, MeetingKind.BRIEFING, MeetingFormat.IN_PERSON, false,
                "Họp giao ban tháng 12 năm 2026", LocalDateTime.of(2026, 12, 10, 14, 0),
                LocalDateTime.of(2026, 12, 10, 17, 0), "Hội trường UBND xã", null, chair.id(), officeHead.id(), people,
                agenda, conclusions));
    }

    private Meeting meeting(String title, LocalDateTime at, String place) {
        return s.meetings().save(new Meeting.Draft(null, MeetingKind.PROFESSIONAL, MeetingFormat.IN_PERSON, false,
                title, at, at.plusHours(3), place, null, chair.id(), null, List.of(), List.of(), List.of()));
    }

    static List<String> paragraphs(OfficialDocument d) {
        return d.body().stream().filter(b -> b instanceof Block.Paragraph).map(b -> {
            Block.Paragraph p = (Block.Paragraph) b;
            return (p.label() == null ? "" : p.label() + " ") + p.text();
        }).toList();
    }

    @Test
    void theInvitationSaysWhomToWhatWhenWhereAndWhatToPrepareSignedForTheChairman() {
        Meeting m = briefing();
        papers.saveInvitationNote(m.id(), "Phòng Văn hóa – Xã hội chuẩn bị báo cáo rà soát hộ nghèo");
        OfficialDocument d = papers.invitation(m.id());
        assertEquals(DocumentKind.GIAY_MOI, d.kind());
        assertNull(d.number(), "a draft: Số:    /GM-UBND");
        assertEquals("     /GM-UBND", d.numberLine());
        assertEquals("Dự họp giao ban tháng 12 năm 2026", d.title());
        assertEquals(TODAY, d.date(), "issued today, before the meeting");
        List<String> text = paragraphs(d);
        assertEquals(List.of(
                "Ủy ban nhân dân xã Bình Thành trân trọng kính mời:",
                "- Đồng chí Đỗ Minh Anh, Trưởng phòng, Phòng Văn hóa – Xã hội;",
                "- Đồng chí Hoàng Văn Nam, Trưởng xóm Đồng.",
                "Đến dự: Họp giao ban tháng 12 năm 2026.",
                "Nội dung:",
                "- Kết quả thực hiện nhiệm vụ tháng 11;",
                "- Kế hoạch tháng 12.",
                "Chủ trì: Đồng chí Nguyễn Văn Hùng, Chủ tịch UBND xã.",
                "Thời gian: 14 giờ 00, thứ Năm, ngày 10/12/2026.",
                "Địa điểm: Hội trường UBND xã.",
                "Đề nghị chuẩn bị: Phòng Văn hóa – Xã hội chuẩn bị báo cáo rà soát hộ nghèo.",
                "Đề nghị các đồng chí sắp xếp công việc, tham dự đầy đủ, đúng giờ./."), text);
        assertEquals(List.of("- Như thành phần mời;", "- Lưu: VT."), d.recipients());
        assertEquals(List.of("TL. CHỦ TỊCH"), d.signature().authorityLines());
        assertEquals("CHÁNH VĂN PHÒNG", d.signature().title());
        assertEquals("Trần Thị Mai", d.signature().name());
    }

    @Test
    void anInvitationIsNumberedOnceInTheRegisterWithItsHistoryAndKeepsItsNumber() {
        Meeting m = briefing();
        assertEquals(1, papers.proposeNumber(m.id(), MeetingPapers.Paper.INVITATION));
        OfficialDocument d = papers.number(m.id(), MeetingPapers.Paper.INVITATION, 1);
        assertEquals("01/GM-UBND", d.number());
        DocumentRegister.Entry e = s.register().entries(2026, DocumentKind.GIAY_MOI).get(0);
        assertEquals("01/GM-UBND", e.symbol());
        assertEquals("Dự họp giao ban tháng 12 năm 2026", e.title());
        assertEquals(TODAY, e.date());
        assertTrue(s.meetings().history(m.id()).stream().anyMatch(h -> h.field().endsWith("invitationNumber")
                && "01/GM-UBND".equals(h.newValue())), "the number is in the meeting's history");
        ValidationException again = assertThrows(ValidationException.class,
                () -> papers.number(m.id(), MeetingPapers.Paper.INVITATION, 2));
        assertTrue(again.getMessage().contains("01/GM-UBND"), again.getMessage());
        assertEquals(1, s.register().entries(2026, DocumentKind.GIAY_MOI).size(), "nothing given twice");
        assertEquals("01/GM-UBND", papers.invitation(m.id()).number(), "printed again: the same number");
        assertEquals(2, papers.proposeNumber(m.id(), MeetingPapers.Paper.CONCLUSIONS) + 1,
                "a TB is numbered in its own series");
        ValidationException delete = assertThrows(ValidationException.class, () -> s.meetings().delete(m.id()));
        assertTrue(delete.getMessage().contains("cấp số"), delete.getMessage());
    }

    @Test
    void anInvitationWithoutInviteesIsRefused() {
        Meeting m = meeting("Họp chuyên đề chuyển đổi số", LocalDateTime.of(2026, 12, 8, 8, 0), "Phòng họp số 2");
        ValidationException e = assertThrows(ValidationException.class, () -> papers.invitation(m.id()));
        assertTrue(e.getMessage().contains("thành phần mời"), e.getMessage());
        assertThrows(ValidationException.class, () -> papers.number(m.id(), MeetingPapers.Paper.INVITATION, 1));
        assertTrue(s.register().entries(2026, DocumentKind.GIAY_MOI).isEmpty());
    }

    @Test
    void theNoticeOfConclusionsSaysWhoChairedWhoAttendedAndWhoDoesWhatByWhen() {
        Meeting m = briefing();
        OfficialDocument d = papers.conclusionNotice(m.id());
        assertEquals(DocumentKind.THONG_BAO, d.kind());
        assertEquals("Kết luận của Chủ tịch UBND xã tại họp giao ban tháng 12 năm 2026", d.title());
        assertEquals(LocalDate.of(2026, 12, 10), d.date(), "not issued before the meeting");
        List<String> text = paragraphs(d);
        assertEquals("Ngày 10/12/2026, đồng chí Nguyễn Văn Hùng, Chủ tịch UBND xã chủ trì họp giao ban tháng 12 năm "
                + "2026. Tham dự cuộc họp có các đồng chí: Đỗ Minh Anh, Trưởng phòng, Phòng Văn hóa – Xã hội; "
                + "Hoàng Văn Nam, Trưởng xóm Đồng.", text.get(0));
        assertEquals("Sau khi nghe các nội dung: kết quả thực hiện nhiệm vụ tháng 11; kế hoạch tháng 12, cùng ý kiến "
                + "phát biểu của các đại biểu dự họp, Chủ tịch UBND xã kết luận như sau:", text.get(1));
        assertEquals("1. Hoàn thành rà soát hộ nghèo. Giao Phòng Văn hóa – Xã hội chủ trì thực hiện; thời hạn: "
                + "21/12/2026.", text.get(2), "the Sunday deadline shown as the Monday the task list shows");
        assertEquals("2. Tổ chức ra quân làm đường giao thông nông thôn. Giao Phòng Kinh tế chủ trì thực hiện; "
                + "thời hạn: 31/12/2026.", text.get(3));
        assertEquals("Văn phòng HĐND và UBND xã thông báo để các cơ quan, đơn vị biết, thực hiện./.", text.get(4));
        assertEquals(List.of("- Chủ tịch, các Phó Chủ tịch UBND xã;", "- Phòng Văn hóa – Xã hội;", "- Phòng Kinh tế;",
                "- Lưu: VT."), d.recipients());
        assertEquals("Trần Thị Mai", d.signature().name());

        OfficialDocument numbered = papers.number(m.id(), MeetingPapers.Paper.CONCLUSIONS, 7);
        assertEquals("07/TB-UBND", numbered.number());
        assertEquals(LocalDate.of(2026, 12, 10), s.register().entries(2026, DocumentKind.THONG_BAO).get(0).date());
    }

    @Test
    void aMeetingWithoutConclusionsHasNoNotice() {
        Meeting m = meeting("Họp chuyên đề chuyển đổi số", LocalDateTime.of(2026, 12, 8, 8, 0), "Phòng họp số 2");
        ValidationException e = assertThrows(ValidationException.class, () -> papers.conclusionNotice(m.id()));
        assertTrue(e.getMessage().contains("kết luận"), e.getMessage());
    }

    @Test
    void theWeeklyScheduleListsTheWeeksMeetingsDayByDayAndKeepsItsNumberForTheWeek() {
        briefing();
        meeting("Họp chuyên đề chuyển đổi số", LocalDateTime.of(2026, 12, 7, 8, 0), "Phòng họp số 2");
        meeting("Họp Ban Chỉ đạo tuần sau", LocalDateTime.of(2026, 12, 14, 8, 0), "Phòng họp số 2");
        OfficialDocument d = papers.weeklySchedule(LocalDate.of(2026, 12, 9));
        assertEquals(DocumentKind.THONG_BAO, d.kind());
        assertEquals("Lịch công tác tuần 50 của Chủ tịch, các Phó Chủ tịch UBND xã (từ ngày 07/12/2026 đến ngày "
                + "11/12/2026)", d.title());
        Block.Table table = (Block.Table) d.body().stream().filter(b -> b instanceof Block.Table).findFirst()
                .orElseThrow();
        assertEquals(List.of("Thứ, ngày", "Buổi", "Giờ", "Nội dung công việc", "Chủ trì", "Địa điểm"),
                table.columns().stream().map(Block.Column::header).toList());
        assertEquals(List.of(
                        List.of("Thứ Hai\n07/12/2026", "Sáng", "08h00", "Họp chuyên đề chuyển đổi số.", "Nguyễn Văn Hùng",
                                "Phòng họp số 2"),
                        List.of("Thứ Ba\n08/12/2026", "", "", "Không có lịch họp.", "", ""),
                        List.of("Thứ Tư\n09/12/2026", "", "", "Không có lịch họp.", "", ""),
                        List.of("Thứ Năm\n10/12/2026", "Chiều", "14h00", "Họp giao ban tháng 12 năm 2026.",
                                "Nguyễn Văn Hùng", "Hội trường UBND xã"),
                        List.of("Thứ Sáu\n11/12/2026", "", "", "Không có lịch họp.", "", "")),
                table.rows());
        assertEquals("- Lưu: VT.", d.recipients().get(d.recipients().size() - 1));
        assertEquals("TL. CHỦ TỊCH", d.signature().authorityLines().get(0));

        assertEquals(1, papers.proposeWeekNumber(LocalDate.of(2026, 12, 9)));
        assertEquals("01/TB-UBND", papers.numberWeek(LocalDate.of(2026, 12, 9), 1).number());
        assertEquals("01/TB-UBND", papers.weeklySchedule(LocalDate.of(2026, 12, 11)).number(),
                "printed again for the same week (any of its days): the same number");
        assertNull(papers.weeklySchedule(LocalDate.of(2026, 12, 14)).number(), "another week: not numbered");
        assertThrows(ValidationException.class, () -> papers.numberWeek(LocalDate.of(2026, 12, 7), 2));
        assertEquals(1, s.register().entries(2026, DocumentKind.THONG_BAO).size());
        long audited = s.db().dsl().fetchCount(s.db().dsl().selectFrom(AUDIT_LOG)
                .where(AUDIT_LOG.ENTITY.eq(MeetingPapers.WEEKLY_ENTITY)));
        assertEquals(1, audited, "the week's number has its history row");
        String all = paragraphs(d).stream().collect(Collectors.joining("\n"));
        assertTrue(all.startsWith("Văn phòng HĐND và UBND xã thông báo lịch công tác tuần"), all);
    }

    @Test
    void theMomentIsWrittenAsOfficesWriteIt() {
        assertEquals("14 giờ 00, thứ Năm, ngày 10/12/2026", OfficePapers.moment(LocalDateTime.of(2026, 12, 10, 14, 0)));
        assertEquals("07 giờ 30, chủ nhật, ngày 06/12/2026", OfficePapers.moment(LocalDateTime.of(2026, 12, 6, 7, 30)));
    }
}
