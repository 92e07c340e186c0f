package vn.socongvu.shell;

import vn.socongvu.common.Labeled;

/** The sections of the left navigation, in order. */
public enum Section implements Labeled {
    OVERVIEW("nav.overview", "overview"),
    PLANS("nav.plans", "plans"),
    TASKS("nav.tasks", "tasks"),
    MEETINGS("nav.meetings", "meetings"),
    INSPECTIONS("nav.inspections", "inspections"),
    REPORTS("nav.reports", "reports"),
    DIRECTORY("nav.directory", "directory"),
    TRASH("nav.trash", "trash"),
    SETTINGS("nav.settings", "settings");

    private final String labelKey;
    private final String slug;

    Section(String labelKey, String slug) {
        this.labelKey = labelKey;
        this.slug = slug;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    /** Used for node ids ("nav-directory") and screenshot file names. */
    public String slug() {
        return slug;
    }
}
