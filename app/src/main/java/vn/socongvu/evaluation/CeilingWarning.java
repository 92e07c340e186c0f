package vn.socongvu.evaluation;

/**
 * More "hoàn thành xuất sắc" than 20 % of those rated "hoàn thành tốt" in one unit and group of similar posts.
 * {@code group}: the group's Vietnamese name ("Lãnh đạo", "Công chức"); {@code allowed}: the most "xuất sắc"
 * the ceiling lets through.
 */
public record CeilingWarning(long unitId, String unitName, String group, int excellent, int good, int allowed) {
}
