package vn.socongvu.document;

import java.util.List;

/**
 * A workbook of tables for the office: the issuing body and national title on top of every sheet, a
 * bold title, then the table. Rows are an {@link Iterable} so that large tables can stream.
 *
 * @param subtitle a line under the title (the period, "Kèm theo Báo cáo số …"); may be null
 */
public record Spreadsheet(OfficialDocument.Issuer issuer, List<Sheet> sheets) {

    public enum Kind {
        TEXT,
        /** The row's number ("STT"): centred, never totalled. */
        ORDINAL,
        INTEGER, DECIMAL,
        /** A fraction (0.956), shown as a percentage (95,6%). */
        PERCENT,
        DATE
    }

    /**
     * @param total       whether the totals row sums this column (by formula)
     * @param numerator   for a share column: the column divided (−1: not a share), in every row and the totals
     * @param denominator the column it is divided by; both by formula, empty where the denominator is 0
     */
    public record Column(String header, Kind kind, int widthChars, boolean total, int numerator, int denominator) {
        public Column(String header, Kind kind, int widthChars, boolean total) {
            this(header, kind, widthChars, total, -1, -1);
        }

        /** A percentage computed as column {@code numerator} / column {@code denominator}. */
        public static Column share(String header, int widthChars, int numerator, int denominator) {
            return new Column(header, Kind.PERCENT, widthChars, false, numerator, denominator);
        }

        public boolean isShare() {
            return numerator >= 0;
        }

        public static Column text(String header, int widthChars) {
            return new Column(header, Kind.TEXT, widthChars, false);
        }

        public static Column ordinal() {
            return new Column("STT", Kind.ORDINAL, 6, false);
        }

        public static Column count(String header, int widthChars) {
            return new Column(header, Kind.INTEGER, widthChars, true);
        }
    }

    /**
     * A cell the sheet computes by formula from other cells of its table, carrying its value for the screen, the
     * .docx and readers that do not recalculate; null when there is nothing to compute from (the cell is left blank).
     * Rows are the table's data rows counted from 0, columns from 0.
     */
    public sealed interface Computed permits Sum, Ratio {
        Number value();
    }

    /** The sum of this cell's column over the given data rows ("Tổng số hồ sơ tiếp nhận"). */
    public record Sum(List<Integer> rows, Number value) implements Computed {
        public Sum {
            rows = List.copyOf(rows);
        }
    }

    /** A share: one cell divided by another, empty where the divisor is 0 (a {@link Kind#PERCENT} column). */
    public record Ratio(int numeratorRow, int numeratorColumn, int denominatorRow, int denominatorColumn, Double value)
            implements Computed {
    }

    /** @param totalsLabel the label of a totals row under the table, in the first text column; null for none */
    public record Sheet(String name, String title, String subtitle, List<Column> columns, Iterable<List<Object>> rows,
                        String totalsLabel) {
    }
}
