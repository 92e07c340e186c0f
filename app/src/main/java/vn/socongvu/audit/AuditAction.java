package vn.socongvu.audit;

import vn.socongvu.common.StoredValues;

public enum AuditAction {
    CREATE("audit.action.create"),
    UPDATE("audit.action.update"),
    DEACTIVATE("audit.action.deactivate"),
    REACTIVATE("audit.action.reactivate"),
    DELETE("audit.action.delete"),
    /** Brought back from the Thùng rác. */
    RESTORE("audit.action.restore"),
    /** Removed from the Thùng rác for good. */
    PURGE("audit.action.purge");

    private final String labelKey;

    AuditAction(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }

    /** The constant stored as {@code name}; {@link #UPDATE} for a name no constant has (see StoredValues). */
    public static AuditAction stored(String name) {
        return StoredValues.of(AuditAction.class, name, UPDATE);
    }
}
