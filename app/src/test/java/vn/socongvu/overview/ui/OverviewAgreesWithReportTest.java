package vn.socongvu.overview.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.common.Progress;
import vn.socongvu.demo.DemoSize;
import vn.socongvu.report.ReportFigures;
import vn.socongvu.report.ReportKind;
import vn.socongvu.report.ReportPeriod;
import vn.socongvu.settings.ReportWindow;
import vn.socongvu.task.TaskState;
import vn.socongvu.ui.kit.ViewModelFixture;

/**
 * Tổng quan and Báo cáo give one answer for one window: on the demo data, each of Tổng quan's report windows shows
 * the task counts (in total, per state and per lead unit) of the report of that window, and says how it counts.
 */
class OverviewAgreesWithReportTest extends ViewModelFixture {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Override
    protected Services open(Path dataDir) {
        Services s = TestServices.at(dataDir, TODAY);
        s.demo().generate(DemoSize.SMALL, 2, 2026, 2026, Progress.NONE);
        return s;
    }

    @Test
    void theOverviewCountsTheTasksOfAWindowAsItsReportDoes() {
        OverviewViewModel vm = new OverviewViewModel(services.tasks(), services.settings(), services.meetings(),
                services.reports(), tasks);
        var deadlines = services.settings().deadlines();
        ReportWindow quarter = ReportWindow.quarterOf(TODAY, deadlines);
        ReportWindow year = ReportWindow.yearOf(TODAY, deadlines);
        Map<OverviewPeriod, ReportPeriod> reports = Map.of(
                OverviewPeriod.REPORT_QUARTER, ReportPeriod.quarter(quarter.year(), quarter.quarter()),
                OverviewPeriod.REPORT_YEAR, ReportPeriod.of(ReportKind.YEAR, year.year()));
        for (var e : reports.entrySet()) {
            vm.period.set(e.getKey());
            vm.load();
            ReportFigures f = services.reports().figures(services.reports().open(e.getValue()));
            Map<TaskState, Integer> expected = new EnumMap<>(TaskState.class);
            for (TaskState s : TaskState.values()) {
                if (s.counted() && f.tasks().count(s) > 0) {
                    expected.put(s, f.tasks().count(s));
                }
            }
            assertTrue(f.tasks().total() > 0, "the demo has tasks in " + e.getValue().label());
            assertEquals(expected, Map.copyOf(vm.counts), e.getKey() + " against " + e.getValue().label());
            assertEquals(f.tasks().total(), vm.total());
            Map<String, Integer> reportByUnit = new TreeMap<>();
            f.byUnit().forEach(g -> reportByUnit.put(g.name(), g.counts().total()));
            Map<String, Integer> overviewByUnit = new TreeMap<>();
            vm.byUnit.forEach((unit, counts) -> overviewByUnit.put(unit,
                    counts.values().stream().mapToInt(Integer::intValue).sum()));
            reportByUnit.values().removeIf(n -> n == 0);
            assertEquals(reportByUnit, overviewByUnit);
            assertTrue(vm.periodTextProperty().get().contains("Đếm như Báo cáo"), vm.periodTextProperty().get());
        }
    }
}
