package vn.socongvu.report;

/** One record behind a figure, as the drill-down list shows it: when, what, who, and where it stands. */
public record TraceRow(String date, String text, String who, String status) {
}
