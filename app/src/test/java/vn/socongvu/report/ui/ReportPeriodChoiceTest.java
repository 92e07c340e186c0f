package vn.socongvu.report.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.report.ReportKind;
import vn.socongvu.report.ReportPeriod;
import vn.socongvu.ui.kit.ViewModelFixture;

/** In December the quarter offered first is the fourth (its report is due next), not the first. */
class ReportPeriodChoiceTest extends ViewModelFixture {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Override
    protected Services open(Path dataDir) {
        return TestServices.binhThanh(dataDir, TODAY);
    }

    @Test
    void eachKindPreselectsItsReportDueNext() {
        ReportsViewModel vm = new ReportsViewModel(services.reports(), services.settings(), dialogs, tasks);
        assertEquals(ReportPeriod.of(ReportKind.YEAR, 2026), vm.period(), "the year's report, due with the IVth quarter's");
        vm.kind.set(ReportKind.QUARTER);
        assertEquals(ReportPeriod.quarter(2026, 4), vm.period());
        vm.kind.set(ReportKind.HALF);
        assertEquals(ReportPeriod.of(ReportKind.HALF, 2027), vm.period(), "the six months of 2026 were reported in June");
        vm.kind.set(ReportKind.QUARTER);
        assertEquals(ReportPeriod.quarter(2026, 4), vm.period());
    }
}
