package vn.socongvu.overview.ui;

import java.time.LocalDate;

import vn.socongvu.common.Labeled;
import vn.socongvu.settings.ReportDeadlines;
import vn.socongvu.settings.ReportWindow;

/** The periods Tổng quan counts over: the current reporting windows (from Cài đặt), or this month. */
public enum OverviewPeriod implements Labeled {
    REPORT_QUARTER("overview.period.quarter"),
    REPORT_YEAR("overview.period.year"),
    THIS_MONTH("task.period.thisMonth");

    private final String labelKey;

    OverviewPeriod(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    public LocalDate[] window(LocalDate today, ReportDeadlines d) {
        return switch (this) {
            case REPORT_QUARTER -> {
                ReportWindow w = ReportWindow.quarterOf(today, d);
                yield new LocalDate[] {w.from(), w.to()};
            }
            case REPORT_YEAR -> {
                ReportWindow w = ReportWindow.yearOf(today, d);
                yield new LocalDate[] {w.from(), w.to()};
            }
            case THIS_MONTH -> new LocalDate[] {today.withDayOfMonth(1), today.withDayOfMonth(today.lengthOfMonth())};
        };
    }
}
