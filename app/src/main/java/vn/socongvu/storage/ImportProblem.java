package vn.socongvu.storage;

import vn.socongvu.i18n.Messages;

/**
 * One thing wrong with a data file: where (line, table, record) and why.
 * @param line 0 when the problem is the file as a whole
 * @param table null when not about one table; @param record e.g. "id 57", null when not about one record
 */
public record ImportProblem(int line, String table, String record, String reason) {
    /** "Dòng 120, bảng task, bản ghi id 57: cột due_date: …" */
    public String text() {
        StringBuilder where = new StringBuilder();
        if (line > 0) {
            where.append(Messages.get("exchange.problem.line", line));
        }
        if (table != null) {
            if (!where.isEmpty()) {
                where.append(", ");
            }
            where.append(Messages.get("exchange.problem.table", table));
        }
        if (record != null) {
            where.append(", ").append(Messages.get("exchange.problem.record", record));
        }
        return where.isEmpty() ? reason : where + ": " + reason;
    }
}
