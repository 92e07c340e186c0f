package vn.socongvu.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.audit.AuditEntry;
import vn.socongvu.common.ValidationException;
import vn.socongvu.directory.DirectoryService;
import vn.socongvu.directory.Staff;
import vn.socongvu.directory.StaffCategory;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;

class SettingsServiceTest {
    @TempDir
    Path tmp;
    Services s;
    SettingsService settings;

    @BeforeEach
    void open() {
        s = TestServices.empty(tmp);
        settings = s.settings();
    }

    @AfterEach
    void close() {
        s.close();
    }

    private void setUp() {
        settings.setUp(new CommuneSetup("Bình Thành", "Thái Nguyên", "", "Nguyễn Văn Hùng",
                List.of("Hoàng Thị Thu Hà", " ", "Lê Quang Minh"), true));
    }

    @Test
    void setUpDerivesTheDocumentIdentityAndSigners() {
        assertFalse(settings.isSetUp());
        setUp();
        assertTrue(settings.isSetUp());
        CommuneIdentity id = settings.identity().orElseThrow();
        assertEquals("UBND TỈNH THÁI NGUYÊN", id.superiorBody());
        assertEquals("ỦY BAN NHÂN DÂN\nXÃ BÌNH THÀNH", id.issuingBody());
        assertEquals("Bình Thành", id.placeName(), "place name defaults to the commune");
        List<Signer> signers = settings.signers();
        assertEquals(3, signers.size());
        assertEquals(SignAuthority.TM, signers.get(0).authority());
        assertEquals("CHỦ TỊCH", signers.get(0).title());
        assertEquals(SignAuthority.KT, signers.get(2).authority());
        assertEquals(9, s.directory().units().size(), "the leadership unit and the typical units added");
    }

    @Test
    void setUpMakesTheLeadersPeopleOfTheLeadershipUnitWithTheirAuditRows() {
        settings.setUp(new CommuneSetup("Bình Thành", "Thái Nguyên", "", "Nguyễn Văn Hùng",
                List.of("Hoàng Thị Thu Hà", " ", "Lê Quang Minh"), false));
        List<Unit> units = s.directory().units();
        assertEquals(List.of("Lãnh đạo HĐND và UBND xã"), units.stream().map(Unit::name).toList(),
                "only the leadership unit when the typical units are not asked for");
        List<Staff> staff = s.directory().staff();
        assertEquals(List.of("Nguyễn Văn Hùng", "Hoàng Thị Thu Hà", "Lê Quang Minh"),
                staff.stream().map(Staff::fullName).toList());
        assertEquals(List.of("Chủ tịch UBND xã", "Phó Chủ tịch UBND xã", "Phó Chủ tịch UBND xã"),
                staff.stream().map(Staff::jobTitle).toList());
        for (Staff p : staff) {
            assertEquals(units.getFirst().id(), p.unitId());
            assertEquals(StaffCategory.CAN_BO, p.category(), "an elected post: cán bộ");
            assertTrue(p.leader());
            assertTrue(p.active());
            assertFalse(s.directory().history(DirectoryService.STAFF, p.id()).isEmpty(), "audited");
        }
        assertEquals(staff.stream().map(Staff::fullName).toList(),
                settings.signers().stream().map(Signer::fullName).toList(), "each leader is also a signer");
    }

    @Test
    void aDirectoryThatCameInBeforeTheSetupIsUsedNotDuplicated() {
        Unit leaders = s.directory().saveUnit(new Unit.Draft(null, "Lãnh đạo HĐND và UBND xã", null, UnitKind.OFFICE,
                null, null));
        s.directory().saveStaff(new Staff.Draft(null, "Nguyễn Văn Hùng", leaders.id(), "Chủ tịch UBND xã",
                StaffCategory.CAN_BO, true, "0912 345 678", null));
        s.directory().saveUnit(new Unit.Draft(null, "Phòng Kinh tế", null, UnitKind.DEPARTMENT, null, null));
        setUp();
        assertEquals(9, s.directory().units().size(), "the leadership unit and Phòng Kinh tế not made twice");
        assertEquals(List.of("Nguyễn Văn Hùng", "Hoàng Thị Thu Hà", "Lê Quang Minh"),
                s.directory().staff().stream().map(Staff::fullName).toList(), "the chairman not added twice");
        assertEquals("0912 345 678", s.directory().staff().getFirst().phone(), "kept as it was");
    }

    @Test
    void aRefusedSetUpLeavesNoPeopleBehind() {
        setUp();
        int before = s.directory().staff().size();
        assertThrows(ValidationException.class, this::setUp);
        assertEquals(before, s.directory().staff().size(), "the second setup wrote nothing");
        assertEquals(9, s.directory().units().size());
    }

    @Test
    void setUpNeedsCommuneProvinceAndChairmanAndHappensOnce() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> settings.setUp(new CommuneSetup(" ", "", null, "", List.of(), false)));
        assertTrue(e.forField("communeName").isPresent());
        assertTrue(e.forField("province").isPresent());
        assertTrue(e.forField("chairman").isPresent());
        assertFalse(settings.isSetUp());
        setUp();
        assertThrows(ValidationException.class, this::setUp);
        assertEquals(3, settings.signers().size(), "second setup wrote nothing");
    }

    @Test
    void identityEditsAreAudited() {
        setUp();
        settings.saveIdentity(new CommuneIdentity("Bình Thành", "Thái Nguyên", "UBND TỈNH THÁI NGUYÊN",
                "ỦY BAN NHÂN DÂN\n  XÃ BÌNH THÀNH  \n", "Thị trấn Bình Thành"));
        CommuneIdentity id = settings.identity().orElseThrow();
        assertEquals("ỦY BAN NHÂN DÂN\nXÃ BÌNH THÀNH", id.issuingBody(), "lines trimmed, blank lines dropped");
        List<AuditEntry> h = settings.history(SettingsService.COMMUNE_ENTITY, null);
        AuditEntry change = h.get(0);
        assertEquals("settings.field.placeName", change.field());
        assertEquals("Bình Thành", change.oldValue());
        assertEquals("Thị trấn Bình Thành", change.newValue());
    }

    @Test
    void holidayTableRulesAreChecked() {
        LocalDate monday = LocalDate.of(2027, 1, 4);
        ValidationException e = assertThrows(ValidationException.class,
                () -> settings.saveHoliday(new Holiday.Draft(null, monday, "Làm bù", HolidayKind.WORK)));
        assertTrue(e.forField("kind").isPresent(), "a weekday cannot be a worked weekend day");
        settings.saveHoliday(new Holiday.Draft(null, LocalDate.of(2027, 1, 1), "Tết Dương lịch", HolidayKind.OFF));
        ValidationException dup = assertThrows(ValidationException.class,
                () -> settings.saveHoliday(new Holiday.Draft(null, LocalDate.of(2027, 1, 1), "Khác", HolidayKind.OFF)));
        assertTrue(dup.forField("date").orElseThrow().message().contains("01/01/2027"));
        assertFalse(settings.calendar().isWorkingDay(LocalDate.of(2027, 1, 1)));
        Holiday h = settings.holidays(2027).get(0);
        settings.deleteHoliday(h.id());
        assertTrue(settings.calendar().isWorkingDay(LocalDate.of(2027, 1, 1)));
        assertEquals(2, settings.history(SettingsService.HOLIDAY_ENTITY, h.id()).stream()
                .filter(a -> a.field() != null && a.field().equals("holiday.field.name")).count(), "create + delete");
    }

    @Test
    void prefilledCalendarKnows2026() {
        WorkCalendar cal = settings.calendar();
        assertFalse(cal.isWorkingDay(LocalDate.of(2026, 11, 24)), "Ngày Văn hóa Việt Nam");
        assertFalse(cal.isWorkingDay(LocalDate.of(2026, 4, 27)), "make-up day for Giỗ Tổ on Sunday 26/4");
        assertEquals(LocalDate.of(2026, 2, 23), cal.onOrNextWorkingDay(LocalDate.of(2026, 2, 16)));
        assertTrue(cal.isWorkingDay(LocalDate.of(2025, 4, 26)), "Saturday worked in exchange for 2/5/2025");
    }

    @Test
    void reportDeadlinesDefaultPerDecreeAndAreValidated() {
        ReportDeadlines d = settings.deadlines();
        assertEquals(ReportDeadlines.DEFAULTS, d);
        ValidationException e = assertThrows(ValidationException.class, () -> settings.saveDeadlines(
                new ReportDeadlines(0, 31, 12, 10, MonthDay.of(12, 8), MonthDay.of(12, 10))));
        assertTrue(e.forField("windowStartDay").isPresent());
        assertTrue(e.forField("windowEndDay").isPresent());
        ReportDeadlines changed = new ReportDeadlines(15, 14, 5, 10, MonthDay.of(12, 5), MonthDay.of(12, 10));
        settings.saveDeadlines(changed);
        assertEquals(changed, settings.deadlines());
        AuditEntry a = settings.history(SettingsService.SETTING_ENTITY, null).stream()
                .filter(x -> x.field().equals("settings.deadline.unitDueDay")).findFirst().orElseThrow();
        assertEquals("8", a.oldValue());
        assertEquals("5", a.newValue());
    }
}
