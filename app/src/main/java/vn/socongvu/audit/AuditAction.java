package vn.socongvu.audit;

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
}
