package vn.socongvu.audit;

/**
 * The parts of the data a {@link ReadScope} may keep from an account as a whole (docs/accounts.md, "What each role
 * may read"). Tasks, plans and meetings are not here: a unit reads those of its own work, record by record.
 */
public enum ReadArea {
    /** Báo cáo: the periodic reports of the commune, their figures and files. */
    REPORTS,
    /** Đánh giá, xếp loại: the evaluation of every civil servant. */
    EVALUATION,
    /** Kiểm tra công vụ: inspections, violations, a person's or unit's record, the contents catalogue. */
    INSPECTIONS,
    /** Danh mục's screens and its records' history (the names of units and people every screen shows stay read). */
    DIRECTORY,
    /** Thùng rác: what was deleted. */
    TRASH,
    /** Cài đặt and the data as a whole: backups, the data file, the register book, the settings' history. */
    SETTINGS
}
