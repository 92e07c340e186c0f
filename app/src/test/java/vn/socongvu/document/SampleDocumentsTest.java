package vn.socongvu.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.directory.Staff;
import vn.socongvu.directory.Unit;

class SampleDocumentsTest {
    @TempDir
    Path tmp;

    @Test
    void theStaffTableListsOnlyUnitsWithStaffAndTotalsThem() {
        try (Services s = TestServices.demo(tmp.resolve("data"))) {
            List<Staff> staff = s.directory().staff().stream().filter(Staff::active).toList();
            List<Unit> empty = s.directory().activeUnits().stream()
                    .filter(u -> staff.stream().noneMatch(p -> p.unitId() == u.id())).toList();
            assertFalse(empty.isEmpty(), "the demo has a unit with no staff of the UBND (Công an xã)");
            Block.Table t = new SampleDocuments(s.settings(), s.directory(), LocalDate.of(2026, 1, 5)).staffTable();
            List<List<String>> rows = t.rows();
            for (Unit u : empty) {
                assertTrue(rows.stream().noneMatch(r -> r.get(1).equals(u.name())), u.name() + " has no row");
            }
            List<String> total = rows.get(rows.size() - 1);
            assertEquals(Integer.toString(staff.size()), total.get(total.size() - 1));
            assertTrue(rows.subList(0, rows.size() - 1).stream().noneMatch(r -> r.get(r.size() - 1).equals("0")));
        }
    }
}
