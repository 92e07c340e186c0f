package vn.socongvu.staffimport;

import java.util.List;

import vn.socongvu.i18n.Messages;

/**
 * A column of the units sheet or the staff sheet: its header (the form's label), whether it must be filled, the
 * form field whose rule it answers to, and the column of the data file it is read from.
 */
public enum DirectoryColumn {
    UNIT_NAME(true, "unit.field.name", "name", "name", 40),
    UNIT_SHORT_NAME(true, "unit.field.shortName", "shortName", "short_name", 20),
    UNIT_KIND(true, "unit.field.kind", "kind", "kind", 22),
    UNIT_PHONE(true, "unit.field.phone", "phone", "phone", 16),
    UNIT_NOTE(true, "unit.field.note", "note", "note", 40),
    FULL_NAME(false, "staff.field.fullName", "fullName", "full_name", 28),
    UNIT(false, "staff.field.unit", "unit", "unit_id", 40),
    JOB_TITLE(false, "staff.field.jobTitle", "jobTitle", "job_title", 28),
    CATEGORY(false, "staff.field.category", "category", "category", 18),
    LEADER(false, "staff.field.leader", "leader", "leader", 12),
    PHONE(false, "staff.field.phone", "phone", "phone", 16),
    EMAIL(false, "staff.field.email", "email", "email", 28);

    private final boolean unitSheet;
    private final String labelKey;
    private final String field;
    private final String jsonName;
    private final int width;

    DirectoryColumn(boolean unitSheet, String labelKey, String field, String jsonName, int width) {
        this.unitSheet = unitSheet;
        this.labelKey = labelKey;
        this.field = field;
        this.jsonName = jsonName;
        this.width = width;
    }

    /** The header in the sheet, as the form labels the field ("Tên đơn vị"). */
    public String header() {
        return Messages.get(labelKey);
    }

    /** Whether a row must fill it. */
    public boolean required() {
        return this == UNIT_NAME || this == UNIT_KIND || this == FULL_NAME || this == UNIT || this == CATEGORY;
    }

    String field() {
        return field;
    }

    String jsonName() {
        return jsonName;
    }

    int width() {
        return width;
    }

    /** The columns of the units sheet, in order. */
    public static List<DirectoryColumn> unitColumns() {
        return List.of(values()).stream().filter(c -> c.unitSheet).toList();
    }

    /** The columns of the staff sheet, in order. */
    public static List<DirectoryColumn> staffColumns() {
        return List.of(values()).stream().filter(c -> !c.unitSheet).toList();
    }

    /** The column of {@code sheet} answering to the form field {@code field}. */
    static DirectoryColumn of(List<DirectoryColumn> sheet, String field) {
        return sheet.stream().filter(c -> c.field.equals(field)).findFirst().orElse(sheet.getFirst());
    }
}
