package vn.socongvu.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.common.Progress;
import vn.socongvu.common.ValidationException;
import vn.socongvu.directory.Staff;
import vn.socongvu.directory.StaffCategory;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;
import vn.socongvu.storage.jooq.Tables;

class DemoGeneratorTest {
    @TempDir
    Path tmp;

    @Test
    void smallCommuneIsRealistic() {
        try (Services s = TestServices.empty(tmp)) {
            DemoGenerator.Result r = s.demo().generate(DemoSize.SMALL, 3, 2026, 1, Progress.NONE);
            List<Unit> units = s.directory().units();
            List<Staff> staff = s.directory().staff();
            assertEquals(r.units(), units.size());
            assertTrue(units.size() >= 9 && units.size() <= 12, "about ten units: " + units.size());
            assertEquals(40, staff.size());
            assertEquals(EnumSet.allOf(StaffCategory.class), staff.stream().map(Staff::category)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(StaffCategory.class))));
            assertTrue(units.stream().anyMatch(u -> u.name().equals("Văn phòng HĐND và UBND")));
            assertTrue(units.stream().anyMatch(u -> u.kind() == UnitKind.HAMLET));
            // Công an xã's officers are not the UBND's staff (issue 36): its unit is listed without people.
            assertTrue(units.stream().filter(u -> u.kind() != UnitKind.POLICE)
                    .allMatch(u -> staff.stream().anyMatch(p -> p.unitId() == u.id() && p.leader())),
                    "every unit of the UBND's staff has a head");
            assertEquals("Bình Thành", s.settings().identity().orElseThrow().communeName());
            assertEquals(3, r.holidayYears());
            assertTrue(s.settings().holidays(2024).size() >= 10, "2024 holidays generated");
            assertTrue(s.audit().count(s.db().dsl()) > staff.size(), "demo records are audited like any other");
        }
    }

    @Test
    void sameSeedSameCommune() {
        Set<String> first;
        try (Services s = TestServices.empty(tmp.resolve("a"))) {
            s.demo().generate(DemoSize.SMALL, 1, 2026, 42, Progress.NONE);
            first = s.directory().staff().stream().map(Staff::fullName).collect(Collectors.toSet());
        }
        try (Services s = TestServices.empty(tmp.resolve("b"))) {
            s.demo().generate(DemoSize.SMALL, 1, 2026, 42, Progress.NONE);
            assertEquals(first, s.directory().staff().stream().map(Staff::fullName).collect(Collectors.toSet()));
        }
    }

    @Test
    void busyCommuneHasThirtyUnitsAndHundredFiftyStaff() {
        // On PostgreSQL the ten-year busy commune, made in one transaction of ~50,000 savepoints, takes more than
        // 10 minutes: the benchmarks measure that commune there; the small ones below check the generator.
        assumeFalse(TestServices.onPostgres(), "the ten-year busy commune is not generated in the PostgreSQL run");
        try (Services s = TestServices.empty(tmp)) {
            DemoGenerator.Result r = s.demo().generate(DemoSize.BUSY, 10, 2026, 1, Progress.NONE);
            assertEquals(31, r.units());
            assertEquals(150, s.directory().staff().size());
            assertEquals(10, r.holidayYears());
            // Issue 9's "ten years of a busy commune": about 50,000 task occurrences, most with progress.
            var dsl = s.db().dsl();
            int occurrences = dsl.fetchCount(Tables.TASK_OCCURRENCE);
            int progress = dsl.fetchCount(Tables.TASK_PROGRESS);
            assertTrue(occurrences > 45_000 && occurrences < 60_000, occurrences + " occurrences");
            assertTrue(progress > occurrences / 2, progress + " progress entries for " + occurrences);
            var task = Tables.TASK;
            var monthly = task.CONTENT.startsWith("Báo cáo kết quả thực hiện nhiệm vụ hằng tháng");
            int reports = dsl.fetchCount(task, monthly);
            int reportingUnits = dsl.fetchCount(dsl.selectDistinct(task.LEAD_UNIT_ID).from(task).where(monthly));
            assertTrue(reportingUnits >= 10, reportingUnits + " units report monthly");
            assertEquals(10 * reportingUnits, reports, "each of them once a year");
        }
    }

    @Test
    void refusesAFolderThatHasDataAndABadYearCount() {
        try (Services s = TestServices.empty(tmp)) {
            assertThrows(ValidationException.class, () -> s.demo().generate(DemoSize.SMALL, 0, 2026, 1, Progress.NONE));
            assertFalse(s.settings().isDemo());
            s.demo().generate(DemoSize.SMALL, 1, 2026, 1, Progress.NONE);
            assertTrue(s.settings().isDemo(), "the window offers to leave it");
            ValidationException e = assertThrows(ValidationException.class,
                    () -> s.demo().generate(DemoSize.SMALL, 1, 2026, 1, Progress.NONE));
            assertTrue(e.errors().get(0).message().contains("còn trống"));
            assertTrue(e.errors().get(0).message().contains("Tạo dữ liệu mới"), "the window's way, not --data-dir");
            assertTrue(e.userLines().get(0).contains("--data-dir"), "the command line's way");
        }
    }

    @Test
    void cancellingRollsEverythingBack() {
        try (Services s = TestServices.empty(tmp)) {
            Progress cancelAtOnce = new Progress() {
                @Override
                public void update(double fraction, String message) {
                }

                @Override
                public boolean isCancelled() {
                    return true;
                }
            };
            assertThrows(Progress.CancelledException.class,
                    () -> s.demo().generate(DemoSize.SMALL, 1, 2026, 1, cancelAtOnce));
            assertEquals(0, s.directory().units().size());
            assertTrue(!s.settings().isSetUp());
        }
    }
}
