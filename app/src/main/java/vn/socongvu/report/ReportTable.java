package vn.socongvu.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import vn.socongvu.document.Spreadsheet;
import vn.socongvu.text.VnFormat;

/**
 * One appendix table of a report (biểu số liệu): the same table is a sheet of the .xlsx, a table of the
 * screen whose numbers open the records behind them, and where the report quotes it, a table of the .docx.
 *
 * @param totalsLabel the totals row's label, null for a table without one
 * @param totalTraces the records behind each cell of the totals row (null where none)
 */
public record ReportTable(String sheetName, String title, List<Spreadsheet.Column> columns, List<Row> rows,
                          String totalsLabel, List<TraceKey> totalTraces) {

    /** A row: its values (Integer, Double fractions for shares, String), and what stands behind each. */
    public record Row(List<Object> values, List<TraceKey> traces) {
        public Row {
            values = Collections.unmodifiableList(new ArrayList<>(values));
            traces = Collections.unmodifiableList(new ArrayList<>(traces));
        }

        public static Row of(Object... values) {
            return new Row(Arrays.asList(values), Arrays.asList(new TraceKey[values.length]));
        }
    }

    public ReportTable {
        rows = List.copyOf(rows);
        for (Row r : rows) {
            if (r.values().size() != columns.size() || r.traces().size() != columns.size()) {
                throw new IllegalArgumentException(sheetName + ": row of " + r.values().size() + " cells");
            }
        }
    }

    /** The totals row's values: sums of the totalled columns, shares recomputed from them, the label. */
    public List<Object> totals() {
        List<Object> out = new ArrayList<>();
        double[] sums = new double[columns.size()];
        for (Row r : rows) {
            for (int c = 0; c < columns.size(); c++) {
                if (columns.get(c).total() && r.values().get(c) instanceof Number n) {
                    sums[c] += n.doubleValue();
                }
            }
        }
        boolean labelled = false;
        for (int c = 0; c < columns.size(); c++) {
            Spreadsheet.Column col = columns.get(c);
            if (col.total()) {
                out.add((int) sums[c]);
            } else if (col.isShare()) {
                out.add(sums[col.denominator()] == 0 ? null : sums[col.numerator()] / sums[col.denominator()]);
            } else if (!labelled && col.kind() == Spreadsheet.Kind.TEXT) {
                out.add(totalsLabel);
                labelled = true;
            } else {
                out.add(null);
            }
        }
        return out;
    }

    /** A cell as the screen and the .docx show it: "12", "45,5 %", "" for nothing. */
    public static String format(Spreadsheet.Column col, Object v) {
        return switch (v) {
            case null -> "";
            case Integer i -> VnFormat.integer(i);
            case Double d when col.kind() == Spreadsheet.Kind.PERCENT -> VnFormat.percent(100 * d);
            case Double d -> VnFormat.number(d, 2);
            default -> v.toString();
        };
    }

    /** The table as a sheet of the appendix workbook. */
    public Spreadsheet.Sheet sheet(String subtitle) {
        List<List<Object>> data = new ArrayList<>();
        rows.forEach(r -> data.add(r.values()));
        return new Spreadsheet.Sheet(sheetName, title, subtitle, columns, data, totalsLabel);
    }
}
