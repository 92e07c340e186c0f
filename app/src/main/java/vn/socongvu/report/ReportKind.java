package vn.socongvu.report;

import vn.socongvu.common.Labeled;

/** The kinds of periodic report (báo cáo định kỳ): quarterly, six-month, nine-month and annual. */
public enum ReportKind implements Labeled {
    QUARTER("report.kind.quarter", "quarter"),
    HALF("report.kind.half", "half"),
    NINE_MONTHS("report.kind.nineMonths", "nine-months"),
    YEAR("report.kind.year", "year");

    private final String labelKey;
    private final String cliName;

    ReportKind(String labelKey, String cliName) {
        this.labelKey = labelKey;
        this.cliName = cliName;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    /** The name on the command line: quarter, half, nine-months, year. */
    public String cliName() {
        return cliName;
    }

    public static ReportKind byCliName(String name) {
        for (ReportKind k : values()) {
            if (k.cliName.equalsIgnoreCase(name.strip())) {
                return k;
            }
        }
        throw new IllegalArgumentException(name);
    }
}
