package vn.socongvu.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.audit.AuditAction;
import vn.socongvu.audit.AuditEntry;
import vn.socongvu.common.ValidationException;

class DirectoryServiceTest {
    @TempDir
    Path tmp;
    Services s;
    DirectoryService dir;

    @BeforeEach
    void open() {
        s = TestServices.empty(tmp);
        dir = s.directory();
    }

    @AfterEach
    void close() {
        s.close();
    }

    private Unit unit(String name) {
        return dir.saveUnit(new Unit.Draft(null, name, null, UnitKind.DEPARTMENT, null, null));
    }

    private Staff.Draft person(String name, Long unitId) {
        return new Staff.Draft(null, name, unitId, "Chuyên viên", StaffCategory.CONG_CHUC, false, null, null);
    }

    @Test
    void createsAUnitAndCleansItsText() {
        Unit u = dir.saveUnit(new Unit.Draft(null, "  Phòng   Kinh tế ", " ", UnitKind.DEPARTMENT, "0208 3851 234", ""));
        assertEquals("Phòng Kinh tế", u.name());
        assertEquals(null, u.shortName());
        assertEquals(null, u.note());
        assertTrue(u.active());
        assertEquals(List.of(u), dir.units());
    }

    @Test
    void refusesEmptyNameAndBadPhoneAtTheirFields() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> dir.saveUnit(new Unit.Draft(null, "  ", null, UnitKind.OFFICE, "abc", null)));
        assertEquals("Hãy nhập tên đơn vị.", e.forField("name").orElseThrow().message());
        assertTrue(e.forField("phone").isPresent());
        assertTrue(dir.units().isEmpty(), "nothing saved");
    }

    @Test
    void refusesADuplicateNameWhateverTheCaseAndDiacritics() {
        unit("Phòng Kinh tế");
        ValidationException e = assertThrows(ValidationException.class, () -> unit("phong kinh te"));
        assertEquals("Đã có đơn vị tên \"Phòng Kinh tế\".", e.forField("name").orElseThrow().message());
        assertEquals(1, dir.units().size());
    }

    @Test
    void duplicateOfAnInactiveUnitSuggestsReactivating() {
        Unit u = unit("Xóm Đồng Tâm");
        dir.deactivateUnit(u.id());
        ValidationException e = assertThrows(ValidationException.class, () -> unit("Xóm Đồng Tâm"));
        assertTrue(e.forField("name").orElseThrow().message().contains("hoạt động trở lại"));
    }

    @Test
    void renamingAUnitToItsOwnNameIsNotADuplicate() {
        Unit u = unit("Phòng Kinh tế");
        Unit same = dir.saveUnit(new Unit.Draft(u.id(), "PHÒNG KINH TẾ", "KT", UnitKind.DEPARTMENT, null, null));
        assertEquals("PHÒNG KINH TẾ", same.name());
    }

    @Test
    void staffNeedsANameAUnitAndACategory() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> dir.saveStaff(new Staff.Draft(null, "", null, null, null, false, null, "not-an-email")));
        assertEquals("Hãy nhập họ và tên.", e.forField("fullName").orElseThrow().message());
        assertEquals("Hãy chọn đơn vị công tác.", e.forField("unit").orElseThrow().message());
        assertTrue(e.forField("category").isPresent());
        assertTrue(e.forField("email").isPresent());
        assertTrue(dir.staff().isEmpty());
    }

    @Test
    void aUnitWithActiveStaffCannotBeDeactivated() {
        Unit u = unit("Phòng Văn hóa – Xã hội");
        Staff p = dir.saveStaff(person("Nguyễn Thị Lan", u.id()));
        ValidationException e = assertThrows(ValidationException.class, () -> dir.deactivateUnit(u.id()));
        assertTrue(e.errors().get(0).message().contains("còn 1 người"), e.errors().get(0).message());
        assertTrue(dir.unit(u.id()).orElseThrow().active());

        dir.deactivateStaff(p.id());
        dir.deactivateUnit(u.id());
        assertFalse(dir.unit(u.id()).orElseThrow().active());
        // Nothing is deleted: the person is still on record.
        assertFalse(dir.staff(p.id()).orElseThrow().active());
    }

    @Test
    void newStaffCannotJoinAnInactiveUnitAndInactiveStaffCannotReturnToIt() {
        Unit u = unit("Xóm Tân Lập");
        Staff p = dir.saveStaff(person("Lê Văn Nam", u.id()));
        dir.deactivateStaff(p.id());
        dir.deactivateUnit(u.id());
        assertThrows(ValidationException.class, () -> dir.saveStaff(person("Trần Văn Hải", u.id())));
        assertThrows(ValidationException.class, () -> dir.reactivateStaff(p.id()));
        assertEquals(1, dir.staff().size());
    }

    @Test
    void everyChangeLeavesAuditRowsWithOldAndNewValues() {
        Unit a = unit("Phòng Kinh tế");
        Unit b = unit("Công an xã");
        Staff p = dir.saveStaff(person("Nguyễn Văn An", a.id()));
        dir.saveStaff(new Staff.Draft(p.id(), "Nguyễn Văn An", b.id(), "Chuyên viên", StaffCategory.CONG_CHUC, false,
                "0912345678", null));
        dir.deactivateStaff(p.id());

        List<AuditEntry> h = dir.history(DirectoryService.STAFF, p.id());
        // Newest first: deactivate, then the two fields changed, then the creation rows.
        assertEquals(AuditAction.DEACTIVATE, h.get(0).action());
        List<AuditEntry> updates = h.stream().filter(e -> e.action() == AuditAction.UPDATE).toList();
        assertEquals(2, updates.size(), "only the changed fields: unit and phone");
        AuditEntry unitChange = updates.stream().filter(e -> e.field().equals("staff.field.unit")).findFirst().orElseThrow();
        assertEquals("Phòng Kinh tế", unitChange.oldValue());
        assertEquals("Công an xã", unitChange.newValue());
        assertTrue(h.stream().anyMatch(e -> e.action() == AuditAction.CREATE && e.field().equals("staff.field.fullName")
                && e.newValue().equals("Nguyễn Văn An")));
        assertEquals(s.db().sessionUser(), h.get(0).actor()); // the OS user on H2, the login on a server
    }

    @Test
    void refusedWriteLeavesNoAuditRow() {
        Unit u = unit("Xóm Làng Mới");
        int before = s.audit().count(s.db().dsl());
        dir.deactivateUnit(u.id());
        int afterDeactivate = s.audit().count(s.db().dsl());
        assertEquals(before + 1, afterDeactivate);
        assertThrows(ValidationException.class, () -> dir.saveStaff(person("Đỗ Thị Mai", u.id())));
        assertEquals(afterDeactivate, s.audit().count(s.db().dsl()), "the refused transaction wrote nothing");
    }
}
