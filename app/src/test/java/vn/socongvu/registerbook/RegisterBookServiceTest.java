package vn.socongvu.registerbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.directory.Staff;
import vn.socongvu.directory.StaffCategory;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;
import vn.socongvu.document.Block;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.document.OfficialDocument;
import vn.socongvu.document.Spreadsheet;
import vn.socongvu.document.XlsxWriter;
import vn.socongvu.inspection.Inspection;
import vn.socongvu.inspection.InspectionKind;
import vn.socongvu.inspection.InspectionPaperService;
import vn.socongvu.inspection.InspectionPapers;
import vn.socongvu.meeting.Attendance;
import vn.socongvu.meeting.Meeting;
import vn.socongvu.meeting.MeetingFormat;
import vn.socongvu.meeting.MeetingKind;
import vn.socongvu.meeting.MeetingPapers;
import vn.socongvu.settings.CommuneSetup;

/** The register printed as its book: each number with its paper's signer and recipients, nothing invented. */
class RegisterBookServiceTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    @TempDir
    Path tmp;
    Services s;
    Meeting meeting;
    long vp;
    Staff head;

    @BeforeEach
    void open() {
        s = TestServices.at(tmp, TODAY);
        s.settings().setUp(new CommuneSetup("Bình Thành", "Thái Nguyên", null, "Nguyễn Văn Hùng", List.of(), false));
        vp = s.directory().saveUnit(new Unit.Draft(null, "Văn phòng HĐND và UBND xã", null, UnitKind.OFFICE, null,
                null)).id();
        head = s.directory().saveStaff(new Staff.Draft(null, "Trần Thị Mai", vp, "Chánh Văn phòng",
                StaffCategory.CONG_CHUC, true, null, null));
        Staff chair = s.directory().saveStaff(new Staff.Draft(null, "Nguyễn Văn Hùng", vp, "Chủ tịch UBND xã",
                StaffCategory.CAN_BO, true, null, null));
        meeting = s.meetings().save(new Meeting.Draft(null, MeetingKind.BRIEFING, MeetingFormat.IN_PERSON, false,
                "Họp giao ban tháng 12 năm 2026", LocalDateTime.of(2026, 12, 10, 14, 0),
                LocalDateTime.of(2026, 12, 10, 17, 0), "Hội trường UBND xã", null, chair.id(), head.id(),
                List.of(new Meeting.Participant(head.id(), head.fullName(), "Chánh Văn phòng", Attendance.PRESENT,
                        null)), List.of(), List.of()));
    }

    @AfterEach
    void close() {
        s.close();
    }

    @Test
    void eachNumberCarriesItsPapersSignerAndRecipientsAndANumberWithoutRecordKeepsItsCellsEmpty() {
        s.meetingPapers().number(meeting.id(), MeetingPapers.Paper.INVITATION, 1);
        s.register().register(2026, DocumentKind.CONG_VAN, 125, "V/v báo cáo số liệu cán bộ", LocalDate.of(2026, 12, 1));
        s.register().register(2025, DocumentKind.KE_HOACH, 9, "Kế hoạch năm trước", LocalDate.of(2025, 6, 1));

        List<RegisterBook.Line> all = s.registerBook().lines(2026, null);
        assertEquals(List.of("125/UBND", "01/GM-UBND"), all.stream().map(l -> l.entry().symbol()).toList(),
                "in the order given: by date");
        RegisterBook.Line cv = all.get(0);
        assertNull(cv.signer(), "a number whose record the app does not hold: no signer invented");
        assertTrue(cv.recipients().isEmpty());
        RegisterBook.Line gm = all.get(1);
        assertEquals("Trần Thị Mai", gm.signer());
        assertEquals(List.of("Như thành phần mời", "Lưu: VT"), gm.recipients());
        assertNull(gm.copies(), "copies are not kept: left empty");
        assertEquals(List.of("01/GM-UBND"), s.registerBook().lines(2026, DocumentKind.GIAY_MOI).stream()
                .map(l -> l.entry().symbol()).toList());
        assertEquals(List.of(2027, 2026, 2025), s.registerBook().years(2027));

        OfficialDocument d = s.registerBook().document(2026, null, TODAY);
        assertEquals(DocumentKind.DANH_SACH, d.kind());
        assertNull(d.number());
        assertEquals("Văn bản đi đăng ký năm 2026 – tất cả các loại", d.title());
        Block.Table t = (Block.Table) d.body().get(1);
        assertEquals(List.of("Số, ký hiệu", "Ngày", "Trích yếu nội dung", "Người ký", "Nơi nhận", "Số bản"),
                t.columns().stream().map(Block.Column::header).toList());
        assertEquals(List.of("01/GM-UBND", "03/12/2026", "Dự họp giao ban tháng 12 năm 2026", "Trần Thị Mai",
                "Như thành phần mời; Lưu: VT", ""), t.rows().get(1));
        assertEquals("Văn bản đi đăng ký năm 2026 – Giấy mời (GM)",
                s.registerBook().document(2026, DocumentKind.GIAY_MOI, TODAY).title());
    }

    @Test
    void anInspectionsDecisionAndReportAndAFollowUpLetterHaveTheirRecipients() {
        Inspection i = s.inspections().save(new Inspection.Draft(null, InspectionKind.SCHEDULED,
                "Kiểm tra công vụ tại Văn phòng HĐND và UBND xã", null, null, LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 11, 20), head.id(), "Chấp hành tốt.", "Đề nghị duy trì.", null, List.of(),
                List.of(vp), List.of(), List.of(), List.of()));
        long signer = s.settings().signers().get(0).id();
        InspectionPaperService papers = s.inspections().papers();
        papers.number(i.id(), InspectionPapers.Kind.DECISION, 4, new InspectionPaperService.Choice(signer,
                LocalDate.of(2026, 11, 18), papers.choice(i.id(), InspectionPapers.Kind.DECISION).text()));
        papers.number(i.id(), InspectionPapers.Kind.REPORT, 7, new InspectionPaperService.Choice(signer,
                LocalDate.of(2026, 11, 25), "Đề nghị duy trì."));
        // What the công văn đôn đốc registers: its V/v and the unit it goes to; nothing else of it is kept.
        s.register().register(2026, DocumentKind.CONG_VAN, 126,
                "V/v đôn đốc thực hiện nhiệm vụ quá hạn (Văn phòng HĐND và UBND xã)", LocalDate.of(2026, 11, 27));

        List<RegisterBook.Line> all = s.registerBook().lines(2026, null);
        assertEquals(List.of("04/QĐ-UBND", "07/BC-UBND", "126/UBND"),
                all.stream().map(l -> l.entry().symbol()).toList());
        RegisterBook.Line decision = all.get(0);
        assertEquals("Nguyễn Văn Hùng", decision.signer());
        assertEquals(List.of("Như Điều 3", "Chủ tịch, các Phó Chủ tịch UBND xã", "Lưu: VT"), decision.recipients());
        RegisterBook.Line report = all.get(1);
        assertEquals("Nguyễn Văn Hùng", report.signer());
        assertEquals(List.of("Thường trực Đảng ủy xã", "Thường trực HĐND xã", "Chủ tịch, các Phó Chủ tịch UBND xã",
                "Các đơn vị được kiểm tra", "Lưu: VT"), report.recipients());
        RegisterBook.Line letter = all.get(2);
        assertNull(letter.signer(), "the letter's signer is not kept: left empty");
        assertEquals(List.of("Văn phòng HĐND và UBND xã", "Chủ tịch, các Phó Chủ tịch UBND xã", "Lưu: VT"),
                letter.recipients(), "the unit of its \"Như trên\", then the letter's other recipients");
    }

    @Test
    void theWorkbookHoldsTheSameLinesWithDatesAsDates() throws Exception {
        s.meetingPapers().number(meeting.id(), MeetingPapers.Paper.INVITATION, 3);
        Spreadsheet w = s.registerBook().workbook(2026, null);
        Spreadsheet.Sheet sheet = w.sheets().get(0);
        List<List<Object>> rows = new ArrayList<>();
        sheet.rows().forEach(rows::add);
        assertEquals(1, rows.size());
        assertEquals(List.of(1, "03/GM-UBND", TODAY, "Dự họp giao ban tháng 12 năm 2026", "Trần Thị Mai",
                "Như thành phần mời; Lưu: VT"), rows.get(0).subList(0, 6));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxWriter.write(w, out);
        assertTrue(out.size() > 1000, "an .xlsx is written");
    }
}
