package vn.socongvu.audit;

public enum AuditAction {
    CREATE("audit.action.create"),
    UPDATE("audit.action.update"),
    DEACTIVATE("audit.action.deactivate"),
    REACTIVATE("audit.action.reactivate"),
    DELETE("audit.action.delete");

    private final String labelKey;

    AuditAction(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
